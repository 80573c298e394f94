using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// A command line printed so it can be copied into a POSIX shell: words quoted where the shell would split or expand
/// them (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02), long lines continued
/// with a backslash at a space, never inside a word.
/// </summary>
public static class ShellCommand
{
    private static readonly Regex Plain = new("^[A-Za-z0-9_./:=@%+,-]+$", RegexOptions.CultureInvariant);

    /// <summary><paramref name="word"/> (made printable) as the shell reads it back: as is, or in single quotes.</summary>
    public static string Quote(string word)
    {
        var printable = Printable.Of(word, int.MaxValue);
        return Plain.IsMatch(printable) ? printable : "'" + printable.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The quoted words in lines of at most <paramref name="width"/> characters where the words allow, each but the last ending in " \".</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> words, int width)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = new List<string>();
        var line = "";
        foreach (var word in words.Select(Quote))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length + 2 > width)
            {
                lines.Add(line + " \\");
                line = "  " + word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
