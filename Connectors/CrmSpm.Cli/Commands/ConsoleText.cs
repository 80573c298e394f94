using System.Globalization;
using System.Text;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// Text we did not write (a CRM's error message, a record's field) made safe for one console line: every control
/// character (ESC starting a terminal escape sequence, CR and LF starting a forged line), line and paragraph separator and
/// bidirectional override is shown as a visible escape ("\u001B", "\r", "\n", "\u202E"), then markup is escaped.
/// Bidirectional controls: https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
/// </summary>
internal static class ConsoleText
{
    /// <summary><paramref name="text"/> as markup printing it on one line, exactly as received apart from the escapes.</summary>
    public static string Line(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r': safe.Append("\\r"); break;
                case '\n': safe.Append("\\n"); break;
                case '\t': safe.Append("\\t"); break;
                default:
                    if (Hostile(c))
                    {
                        safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        safe.Append(c);
                    }

                    break;
            }
        }

        return Markup.Escape(safe.ToString());
    }

    private static bool Hostile(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return char.IsControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            || c is '\u061C' or '\u200E' or '\u200F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
    }
}
