using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CrmSpm.Cli.Import.Csv;

/// <summary>
/// Reads comma- or semicolon-separated values as RFC 4180 defines them (https://www.rfc-editor.org/rfc/rfc4180):
/// fields in double quotes may hold the delimiter, line breaks and doubled quotes (<c>""</c> for one quote); CRLF or
/// LF ends a record; a UTF-8 byte order mark is ignored (<see cref="ReadFile"/> says how a file is decoded). The delimiter is the one of ',' and ';' that the header line
/// holds more of outside quotes (Excel writes ';' where the decimal separator is a comma).
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader reader;
    private readonly string file;
    private int line = 1;
    private int peeked = -2;

    private CsvReader(TextReader reader, string file, char delimiter)
    {
        this.reader = reader;
        this.file = file;
        Delimiter = delimiter;
    }

    /// <summary>The delimiter in use.</summary>
    public char Delimiter { get; }

    /// <summary>Every record of <paramref name="text"/>, the header first; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<CsvRecord> ReadAll(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var csv = new CsvReader(new StringReader(text), file, DetectDelimiter(text));
        var records = new List<CsvRecord>();
        for (var record = csv.Next(); record != null; record = csv.Next())
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// Reads a file: a byte order mark (UTF-8 or UTF-16) says the encoding and is dropped; without one the file is
    /// UTF-8 when its bytes are valid UTF-8, else Windows-1252, what Excel on Western Windows saves as "CSV (Comma
    /// delimited)" (https://learn.microsoft.com/windows/win32/intl/code-page-identifiers). <paramref name="encoding"/>
    /// is the one used.
    /// </summary>
    public static IReadOnlyList<CsvRecord> ReadFile(string path, out Encoding encoding)
    {
        var bytes = File.ReadAllBytes(path);
        return ReadAll(Decode(bytes, out encoding), Path.GetFileName(path));
    }

    /// <summary>The text of <paramref name="bytes"/> as <see cref="ReadFile"/> decodes it.</summary>
    public static string Decode(byte[] bytes, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        foreach (var marked in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var mark = marked.GetPreamble();
            if (bytes.AsSpan().StartsWith(mark))
            {
                encoding = marked;
                return marked.GetString(bytes, mark.Length, bytes.Length - mark.Length);
            }
        }

        try
        {
            encoding = Encoding.UTF8;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = Windows1252;
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Windows-1252 (code page 1252), from .NET's code-page provider.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>',' or ';', whichever the first line holds more of outside quotes (',' on a tie).</summary>
    public static char DetectDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The next record, or null at the end; a blank line is a record with one empty field, which callers skip.</summary>
    private CsvRecord? Next()
    {
        if (Peek() == -1)
        {
            return null;
        }

        var start = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            var c = Read();
            if (c == -1 || c == '\n' || c == '\r')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                if (c != -1)
                {
                    line++;
                }

                fields.Add(field.ToString());
                return new CsvRecord(start, fields);
            }

            if (c == Delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                ReadQuoted(field, start);
            }
            else
            {
                field.Append((char)c);
            }
        }
    }

    /// <summary>A quoted field's content up to its closing quote; what follows the closing quote up to the delimiter is kept as typed.</summary>
    private void ReadQuoted(StringBuilder field, int start)
    {
        while (true)
        {
            var c = Read();
            if (c == -1)
            {
                throw new CsvFormatException(file, start, "a quoted field opened on this line is never closed (a double quote is missing)");
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Read();
                    field.Append('"');
                    continue;
                }

                return;
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            field.Append((char)c);
        }
    }

    private int Peek()
    {
        if (peeked == -2)
        {
            peeked = reader.Read();
        }

        return peeked;
    }

    private int Read()
    {
        var c = Peek();
        peeked = -2;
        return c;
    }
}

/// <summary>One record: the 1-based line it starts on and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>True for an empty line (one empty field), which carries no data.</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}

/// <summary>A file that is not well-formed CSV: names the file and the 1-based line.</summary>
public sealed class CsvFormatException : Exception
{
    public CsvFormatException(string file, int line, string problem)
        : base(file + " line " + line + ": " + problem + ".")
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }
}
