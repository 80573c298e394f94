namespace CrmSpm.Salesforce.Emulator.Soql;

public enum SoqlTokenKind
{
    Word,
    String,
    Symbol,
    End,
}

public sealed record SoqlToken(SoqlTokenKind Kind, string Text)
{
    public bool Is(string word) => Kind == SoqlTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SoqlTokenKind.Symbol && Text == symbol;
}
