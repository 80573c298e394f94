namespace CrmSpm.Core.Simulation;

/// <summary>Readable names for generated reps and accounts.</summary>
internal static class Names
{
    private static readonly string[] First =
    {
        "Ada", "Ben", "Chloe", "Dev", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kai", "Lena",
        "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe",
    };

    private static readonly string[] Last =
    {
        "Adams", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Kowalski",
        "Lopez", "Meyer", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Varga", "Weber", "Yilmaz",
    };

    private static readonly string[] Companies =
    {
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Adatum", "Proseware", "Wingtip", "Lucerne",
    };

    public static string Rep(int index) => First[index % First.Length] + " " + Last[(index / First.Length + index) % Last.Length];

    public static string Manager(int index) => "Manager " + Last[index % Last.Length];

    public static string Deal(int index) => Companies[index % Companies.Length] + " deal " + (index + 1);
}
