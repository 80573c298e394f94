using System.Globalization;
using System.Text;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// Text from people's data (names, deal and account names, tips) made safe to print: it can neither move the cursor,
/// recolour or retitle the terminal, nor break a table's row. ANSI escape sequences (CSI, OSC and the other ESC forms of
/// ECMA-48, https://ecma-international.org/publications-and-standards/standards/ecma-48/) are removed; other control
/// characters, line breaks and tabs become a space; bidirectional overrides (Unicode's "Trojan Source" characters,
/// https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters) and lone surrogates are dropped;
/// runs of spaces become one; text longer than <see cref="MaxLength"/> ends in "…".
/// </summary>
public static class Printable
{
    /// <summary>The longest text printed in one cell: above Core's longest sentence (a tier's reason), so only people's data is cut.</summary>
    public const int MaxLength = 300;

    private const char Escape = '\u001b';

    /// <summary><paramref name="text"/> as one printable line of at most <paramref name="maxLength"/> characters ("" for null).</summary>
    public static string Of(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape || c == '\u009b' || c == '\u009d')
            {
                i = EndOfEscape(text, i);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result.Append(c).Append(text[++i]);
                }

                continue;
            }

            if (IsBidiControl(c))
            {
                continue;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }

                continue;
            }

            result.Append(c);
        }

        var line = result.ToString().Trim();
        return line.Length <= maxLength ? line : Cut(line, maxLength);
    }

    /// <summary>The index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int EndOfEscape(string text, int start)
    {
        var c = text[start];
        int i;
        bool osc;
        if (c == Escape)
        {
            if (start + 1 >= text.Length)
            {
                return start;
            }

            var next = text[start + 1];
            if (next != '[' && next != ']' && next != 'P' && next != '_' && next != '^' && next != 'X')
            {
                // ESC and one character (ESC c resets the terminal), or ESC with intermediates then a final byte.
                i = start + 1;
                while (i < text.Length && text[i] >= ' ' && text[i] <= '/')
                {
                    i++;
                }

                return System.Math.Min(i, text.Length - 1);
            }

            osc = next != '[';
            i = start + 2;
        }
        else
        {
            osc = c == '\u009d';
            i = start + 1;
        }

        if (!osc)
        {
            // CSI: parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
            while (i < text.Length && text[i] >= ' ' && text[i] <= '?')
            {
                i++;
            }

            return i < text.Length && text[i] >= '@' && text[i] <= '~' ? i : i - 1;
        }

        // OSC and the other strings: up to BEL or the string terminator (ESC \ or U+009C).
        for (; i < text.Length; i++)
        {
            if (text[i] == '\u0007' || text[i] == '\u009c')
            {
                return i;
            }

            if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
            {
                return i + 1;
            }
        }

        return text.Length - 1;
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f' or '\u061c';

    /// <summary>The first characters up to <paramref name="maxLength"/> with "…", never splitting a surrogate pair.</summary>
    private static string Cut(string line, int maxLength)
    {
        var length = maxLength - 1;
        if (length > 0 && char.IsHighSurrogate(line[length - 1]))
        {
            length--;
        }

        return line.Substring(0, length).TrimEnd() + "…";
    }
}
