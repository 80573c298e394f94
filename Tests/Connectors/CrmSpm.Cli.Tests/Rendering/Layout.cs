using System.Text.RegularExpressions;

namespace CrmSpm.Cli.Tests.Rendering;

/// <summary>Reads printed tables back: line widths and the words in them.</summary>
internal static class Layout
{
    private static readonly char[] Separators = " \t\r\n│╭╮╰╯─┬┴┼├┤".ToCharArray();

    /// <summary>The lines longer than <paramref name="width"/> characters.</summary>
    public static IEnumerable<string> LinesWiderThan(string output, int width) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > width);

    /// <summary>
    /// The words of <paramref name="narrow"/> that are not words of <paramref name="wide"/> (the same output laid out
    /// wider), nor a word's start cut with "…": what is left is a word broken across lines.
    /// </summary>
    public static IReadOnlyList<string> BrokenWords(string narrow, string wide)
    {
        var words = Words(wide).ToHashSet(StringComparer.Ordinal);
        return Words(narrow).Distinct(StringComparer.Ordinal)
            .Where(w => !words.Contains(w) && !(w.EndsWith('…') && words.Any(whole => whole.StartsWith(w[..^1], StringComparison.Ordinal))))
            .ToList();
    }

    /// <summary>The output without ANSI escape sequences.</summary>
    public static string Plain(string output) => Regex.Replace(output, "\u001b\\[[0-9;]*m", "");

    private static IEnumerable<string> Words(string output) => output.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
