using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Emulator.Soql;

/// <summary>
/// Recursive-descent parser for the SOQL subset the connector sends:
/// <c>SELECT f, … FROM T [WHERE cond] [ORDER BY f [ASC|DESC], …] [LIMIT n]</c>, where a condition combines
/// <c>f op literal</c>, <c>f [NOT] IN (…)</c>, parentheses, NOT, AND and OR.
/// </summary>
public sealed class SoqlParser
{
    private readonly List<SoqlToken> _tokens;
    private int _position;
    private string _type = string.Empty;

    private readonly string _soql;
    private readonly EmulatorSchema _schema;

    private SoqlParser(string soql, EmulatorSchema schema)
    {
        _soql = soql;
        _schema = schema;
        _tokens = SoqlTokenizer.Tokenize(soql);
    }

    public static SoqlQueryPlan Parse(string soql, EmulatorSchema schema) => new SoqlParser(soql, schema).ParseQuery();

    private SoqlToken Current => _tokens[_position];

    private SoqlQueryPlan ParseQuery()
    {
        Expect("SELECT");
        var fields = new List<string> { Word() };
        while (Accept(","))
        {
            fields.Add(Word());
        }

        Expect("FROM");
        _type = Word();
        if (!_schema.IsKnownObject(_type))
        {
            throw new SoqlException(Located(_type, $"sObject type '{_type}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."), "INVALID_TYPE");
        }

        _type = _schema.CanonicalName(_type);
        fields = fields.Select(CheckField).ToList();

        Func<JsonObject, bool> filter = _ => true;
        if (AcceptWord("WHERE"))
        {
            filter = ParseOr();
        }

        var order = new List<(string, bool)>();
        if (AcceptWord("ORDER"))
        {
            Expect("BY");
            do
            {
                var field = CheckField(Word());
                var descending = AcceptWord("DESC");
                if (!descending)
                {
                    AcceptWord("ASC");
                }

                order.Add((field, descending));
            }
            while (Accept(","));
        }

        int? limit = AcceptWord("LIMIT") ? int.Parse(Word(), CultureInfo.InvariantCulture) : null;
        if (Current.Kind != SoqlTokenKind.End)
        {
            throw new SoqlException($"unexpected token: '{Current.Text}'");
        }

        return new SoqlQueryPlan(_type, fields, filter, order, limit);
    }

    private Func<JsonObject, bool> ParseOr()
    {
        var left = ParseAnd();
        while (AcceptWord("OR"))
        {
            var l = left;
            var r = ParseAnd();
            left = row => l(row) || r(row);
        }

        return left;
    }

    private Func<JsonObject, bool> ParseAnd()
    {
        var left = ParseFactor();
        while (AcceptWord("AND"))
        {
            var l = left;
            var r = ParseFactor();
            left = row => l(row) && r(row);
        }

        return left;
    }

    private Func<JsonObject, bool> ParseFactor()
    {
        if (AcceptWord("NOT"))
        {
            var inner = ParseFactor();
            return row => !inner(row);
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var field = CheckField(Word());
        var negated = AcceptWord("NOT");
        if (AcceptWord("IN"))
        {
            var values = ParseList();
            return row => values.Any(v => SoqlValues.Compare(row[field], v) == 0) != negated;
        }

        if (negated)
        {
            throw new SoqlException($"unexpected token: 'NOT' after {field}");
        }

        var op = Current.Kind == SoqlTokenKind.Symbol ? Current.Text : throw new SoqlException($"unexpected token: '{Current.Text}'");
        _position++;
        var literal = SoqlValues.FromToken(Next());
        return op switch
        {
            "=" => row => SoqlValues.Compare(row[field], literal) == 0,
            "!=" or "<>" => row => SoqlValues.Compare(row[field], literal) is { } c && c != 0,
            "<" => row => SoqlValues.Compare(row[field], literal) < 0,
            "<=" => row => SoqlValues.Compare(row[field], literal) <= 0,
            ">" => row => SoqlValues.Compare(row[field], literal) > 0,
            ">=" => row => SoqlValues.Compare(row[field], literal) >= 0,
            _ => throw new SoqlException($"unexpected token: '{op}'"),
        };
    }

    private List<SoqlValues.Literal> ParseList()
    {
        Expect("(");
        var values = new List<SoqlValues.Literal> { SoqlValues.FromToken(Next()) };
        while (Accept(","))
        {
            values.Add(SoqlValues.FromToken(Next()));
        }

        Expect(")");
        return values;
    }

    private string CheckField(string field) =>
        _schema.HasField(_type, field)
            ? _schema.CanonicalField(_type, field)
            : throw new SoqlException(Located(field, $"No such column '{field}' on entity '{_type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."), "INVALID_FIELD");

    // Salesforce's SOQL errors quote the query, point at the word with a caret and give its 1-based row and column:
    // "\nSELECT Id, IsDeleted FROM User\n           ^\nERROR at Row:1:Column:12\nNo such column 'IsDeleted' on entity 'User'. …"
    private string Located(string word, string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(_soql, $"\\b{System.Text.RegularExpressions.Regex.Escape(word)}\\b");
        var index = match.Success ? match.Index : 0;
        var line = _soql.Replace('\n', ' ');
        return $"\n{line}\n{new string(' ', index)}^\nERROR at Row:1:Column:{index + 1}\n{message}";
    }

    private SoqlToken Next() => _tokens[_position++];

    private string Word()
    {
        var token = Next();
        return token.Kind == SoqlTokenKind.Word ? token.Text : throw new SoqlException($"unexpected token: '{token.Text}'");
    }

    private bool Accept(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        _position++;
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (!Current.Is(word))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(string wordOrSymbol)
    {
        if (!Accept(wordOrSymbol) && !AcceptWord(wordOrSymbol))
        {
            throw new SoqlException($"unexpected token: '{Current.Text}', expected {wordOrSymbol}");
        }
    }
}
