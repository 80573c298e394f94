using System.Text;

namespace CrmSpm.Salesforce.Emulator.Soql;

/// <summary>
/// Splits SOQL into words, quoted strings (escape sequences decoded) and symbols. A quote that is not
/// closed is a MALFORMED_QUERY, which is what an unescaped value would cause on a real org.
/// </summary>
public static class SoqlTokenizer
{
    public static List<SoqlToken> Tokenize(string soql)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(new SoqlToken(SoqlTokenKind.String, ReadString(soql, ref i)));
            }
            else if ("(),".Contains(c))
            {
                tokens.Add(new SoqlToken(SoqlTokenKind.Symbol, c.ToString()));
                i++;
            }
            else if ("=<>!".Contains(c))
            {
                var two = i + 1 < soql.Length ? soql.Substring(i, 2) : string.Empty;
                var symbol = two is "<=" or ">=" or "!=" or "<>" ? two : c.ToString();
                tokens.Add(new SoqlToken(SoqlTokenKind.Symbol, symbol));
                i += symbol.Length;
            }
            else
            {
                var start = i;
                while (i < soql.Length && !char.IsWhiteSpace(soql[i]) && !"(),=<>!'".Contains(soql[i]))
                {
                    i++;
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Word, soql[start..i]));
            }
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, string.Empty));
        return tokens;
    }

    private static string ReadString(string soql, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (i < soql.Length)
        {
            var c = soql[i++];
            if (c == '\'')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i >= soql.Length)
            {
                break;
            }

            var escaped = soql[i++];
            builder.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                '\'' or '"' or '\\' => escaped,
                _ => throw new SoqlException($"invalid escape sequence \\{escaped}"),
            });
        }

        throw new SoqlException("unterminated string literal");
    }
}
