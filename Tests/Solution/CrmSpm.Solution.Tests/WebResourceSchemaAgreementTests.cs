using System.Text.RegularExpressions;

namespace CrmSpm.Solution.Tests;

/// <summary>The web resources' schema modules (WebResources/crmspm_/shared/schema/*.js) name what the solution declares.</summary>
public class WebResourceSchemaAgreementTests
{
    private static readonly string SchemaFolder = Repository.PathOf("WebResources", "crmspm_/shared/schema");

    /// <summary>Each frozen object literal of a module: its name, its <c>entity</c> and its string values.</summary>
    internal static IEnumerable<(string File, string Name, string? Entity, IReadOnlyList<(string Key, string Value)> Values)> Objects()
    {
        foreach (var file in Directory.EnumerateFiles(SchemaFolder, "*.js"))
        {
            var text = File.ReadAllText(file);
            foreach (Match block in Regex.Matches(text, @"export const (\w+) = Object\.freeze\(\{(.*?)\}\);", RegexOptions.Singleline))
            {
                var values = Regex.Matches(block.Groups[2].Value, "(\\w+):\\s*\"([^\"]*)\"")
                    .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();
                var entity = values.Where(v => v.Item1 == "entity").Select(v => v.Item2).FirstOrDefault();
                yield return (Path.GetFileName(file), block.Groups[1].Value, entity, values);
            }
        }
    }

    [Test]
    public void TheSchemaModulesAreFound()
    {
        Assert.That(Objects().Select(o => o.Entity), Is.SupersetOf(new[] { "crmspm_scorecard", "crmspm_scoringprofile", "task", "opportunity", "account" }));
    }

    [Test]
    public void EveryCrmSpmColumnOfAModuleIsDeclaredOnItsTable()
    {
        var missing = new List<string>();
        foreach (var (file, name, entity, values) in Objects().Where(o => o.Entity != null))
        {
            foreach (var (key, value) in values.Where(v => v.Key != "entity"))
            {
                // The Web API returns a lookup as _{column}_value.
                var column = Regex.Replace(value, "^_(.+)_value$", "$1");
                var mustBeDeclared = column.StartsWith("crmspm_", StringComparison.Ordinal) || entity!.StartsWith("crmspm_", StringComparison.Ordinal);
                if (mustBeDeclared && !PackedSchema.Instance.Declares(entity!, column))
                {
                    missing.Add($"{file} {name}.{key} = {value} (table {entity})");
                }
            }

            if (entity!.StartsWith("crmspm_", StringComparison.Ordinal) && !PackedSchema.Instance.Tables.ContainsKey(entity))
            {
                missing.Add($"{file} {name}.entity = {entity}");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryCrmSpmEntitySetIsTheTablesEntitySetName()
    {
        var sets = Objects().Single(o => o.Name == "EntitySets").Values.Where(v => v.Key.StartsWith("crmspm_", StringComparison.Ordinal));

        foreach (var (table, set) in sets)
        {
            Assert.That(PackedSchema.Instance.Tables[table].EntitySetName, Is.EqualTo(set), table);
        }
    }
}
