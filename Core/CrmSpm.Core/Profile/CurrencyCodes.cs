namespace CrmSpm.Core.Profile;

/// <summary>The shape of a currency code, in one place for the profile and the importers.</summary>
public static class CurrencyCodes
{
    /// <summary>Three capital letters, the shape of an ISO 4217 code (https://www.iso.org/iso-4217-currency-codes.html).</summary>
    public static bool IsCode(string? code) =>
        code != null && code.Length == 3 && IsCapital(code[0]) && IsCapital(code[1]) && IsCapital(code[2]);

    private static bool IsCapital(char c) => c >= 'A' && c <= 'Z';
}
