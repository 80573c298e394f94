using System;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmSpm.EmbeddedOrg.Query;

// Like / BeginsWith / EndsWith as SQL evaluates them: case-insensitive, '%' any run, '_' one character,
// '[...]' a character class.
internal static class TextConditions
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static bool Like(object? stored, object? pattern)
    {
        if (stored is not string text || pattern is not string like)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(text, ToRegex(like), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological pattern (many '%') must not hang the org: refuse it like an invalid argument.
            throw Faults.OrgFaults.InvalidArgument($"The Like pattern '{like}' is too complex to evaluate.");
        }
    }

    public static bool BeginsWith(object? stored, object? prefix) =>
        stored is string text && prefix is string start && text.StartsWith(start, StringComparison.OrdinalIgnoreCase);

    public static bool EndsWith(object? stored, object? suffix) =>
        stored is string text && suffix is string end && text.EndsWith(end, StringComparison.OrdinalIgnoreCase);

    private static string ToRegex(string like)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < like.Length; i++)
        {
            var c = like[i];
            switch (c)
            {
                case '%':
                    pattern.Append(".*");
                    break;
                case '_':
                    pattern.Append('.');
                    break;
                case '[':
                    var close = like.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append(Regex.Escape("["));
                        break;
                    }

                    pattern.Append('[').Append(CharacterClass(like.Substring(i + 1, close - i - 1))).Append(']');
                    i = close;
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return pattern.Append('$').ToString();
    }

    // Keeps only range dashes and a leading negation: any other character is literal, so hostile input stays inert.
    private static string CharacterClass(string body)
    {
        var result = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            result.Append(c == '-' || (c == '^' && i == 0) ? c.ToString() : Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal));
        }

        return result.ToString();
    }
}
