using System.Text.RegularExpressions;

namespace CrmSpm.Solution.Tests;

/// <summary>docs/data-model.md describes exactly the crmspm_ tables and columns the solution declares.</summary>
public class DataModelDocTests
{
    private static readonly string Doc = File.ReadAllText(Repository.PathOf("docs", "data-model.md"));

    [Test]
    public void EveryCrmSpmNameInTheDocIsDeclared()
    {
        var declared = PackedSchema.Instance.AllNames();
        var unknown = Regex.Matches(Doc, @"\bcrmspm_[a-z0-9_]+\b", RegexOptions.IgnoreCase)
            .Select(m => m.Value)
            .Where(n => !declared.Contains(n) && !declared.Contains(n.ToLowerInvariant()))
            .Distinct()
            .ToList();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void EveryDeclaredCrmSpmColumnIsInTheDoc()
    {
        var undocumented = PackedSchema.Instance.Tables.Values
            .SelectMany(t => t.Columns.Keys.Where(c => c.StartsWith("crmspm_", StringComparison.Ordinal) && c != t.Name + "id"))
            .Where(c => !Regex.IsMatch(Doc, $@"`{c}`"))
            .Distinct()
            .ToList();

        Assert.That(undocumented, Is.Empty);
    }
}
