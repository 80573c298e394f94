using System.Reflection;
using System.Text.RegularExpressions;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Solution.Tests;

/// <summary>The names the plugins use (Plugins/CrmSpm.Plugins/Model) are the names the solution declares.</summary>
public class PluginModelAgreementTests
{
    private static readonly PackedSchema Schema = PackedSchema.Instance;

    private static IEnumerable<Type> ModelTypes() =>
        typeof(ScorecardColumns).Assembly.GetTypes().Where(t => t.Namespace == typeof(ScorecardColumns).Namespace && t.IsAbstract && t.IsSealed);

    private static string? TableOf(Type type) =>
        type.GetField("EntityName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;

    private static IEnumerable<(string Field, string Value)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    [Test]
    public void EveryCrmSpmColumnConstantIsDeclaredOnItsTable()
    {
        var missing = new List<string>();
        foreach (var type in ModelTypes())
        {
            var table = TableOf(type);
            if (table == null) continue;
            foreach (var (field, value) in Constants(type).Where(c => c.Value.StartsWith("crmspm_", StringComparison.Ordinal)))
            {
                var declared = field == "EntityName" ? Schema.Tables.ContainsKey(value) : Schema.Declares(table, value);
                if (!declared) missing.Add($"{type.Name}.{field} = {value} (table {table})");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryStockColumnConstantIsAColumnOfMicrosoftsTable()
    {
        // A stock table has the columns of Microsoft's table reference (StockMetadata); our own are checked above.
        var stock = ModelTypes().Select(t => (Type: t, Table: TableOf(t)))
            .Where(x => x.Table != null && !x.Table.StartsWith("crmspm_", StringComparison.Ordinal))
            .ToList();
        var missing = stock
            .SelectMany(x => Constants(x.Type).Where(c => c.Field != "EntityName" && !c.Value.StartsWith("crmspm_", StringComparison.Ordinal)
                    && !StockMetadata.Declares(x.Table!, c.Value))
                .Select(c => $"{x.Type.Name}.{c.Field} = {c.Value} (table {x.Table})"))
            .ToList();

        Assert.That(stock.Select(x => x.Table), Is.SupersetOf(new[] { "opportunity", "task", "post", "opportunityclose" }));
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryModelTypeOfACustomTableNamesColumnsOfThatTable()
    {
        // Also the stock names: a custom table has only what the solution declares, so every constant must be there.
        var missing = ModelTypes()
            .Select(t => (Type: t, Table: TableOf(t)))
            .Where(x => x.Table != null && x.Table.StartsWith("crmspm_", StringComparison.Ordinal))
            .SelectMany(x => Constants(x.Type).Where(c => c.Field != "EntityName" && !Schema.Declares(x.Table!, c.Value))
                .Select(c => $"{x.Type.Name}.{c.Field} = {c.Value}"))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryCrmSpmNameInPluginAndCoreSourceIsDeclared()
    {
        // A source scan, so that a literal outside the Model classes cannot name a column the solution lacks.
        var declared = Schema.AllNames();
        var sources = Directory.EnumerateFiles(Repository.PathOf("Plugins", "CrmSpm.Plugins"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("Core", "CrmSpm.Core"), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        var unknown = sources
            .SelectMany(p => Regex.Matches(File.ReadAllText(p), "\"(crmspm_[A-Za-z0-9_]+)\"").Select(m => (File: Path.GetFileName(p), Name: m.Groups[1].Value)))
            .Where(x => !declared.Contains(x.Name))
            .Select(x => $"{x.File}: {x.Name}")
            .Distinct()
            .ToList();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void DeclaredMaxLengthsOfThePluginsMatchTheSolution()
    {
        // A plugin that bounds a text column declares `public const int {Column}MaxLength` beside the column's name.
        var mismatches = new List<string>();
        foreach (var type in ModelTypes())
        {
            var table = TableOf(type);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(int) && f.Name.EndsWith("MaxLength", StringComparison.Ordinal)))
            {
                var columnField = type.GetField(field.Name[..^"MaxLength".Length], BindingFlags.Public | BindingFlags.Static);
                if (table == null || columnField == null)
                {
                    mismatches.Add($"{type.Name}.{field.Name} names no column of a table");
                    continue;
                }

                // Ours from the solution, stock columns (task subject, post text, …) from Microsoft's table reference.
                var column = (string)columnField.GetRawConstantValue()!;
                var declared = column.StartsWith("crmspm_", StringComparison.Ordinal)
                    ? Schema.Declares(table, column) ? Schema.ColumnOf(table, column).MaxLength : null
                    : StockMetadata.MaxLengthOf(table, column);
                if (declared != (int)field.GetRawConstantValue()!)
                {
                    mismatches.Add($"{type.Name}.{field.Name} = {field.GetRawConstantValue()}, the solution or the stock metadata declares {declared?.ToString() ?? "nothing"}");
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void ChoiceConstantsAreOptionsOfTheirColumns()
    {
        var expected = new (string Table, string Column, Type Choice)[]
        {
            (CoachingTipColumns.EntityName, CoachingTipColumns.Severity, typeof(TipSeverityChoice)),
            (CoachingTipColumns.EntityName, CoachingTipColumns.Response, typeof(TipResponseChoice)),
            (ScorecardColumns.EntityName, ScorecardColumns.Tier, typeof(TierChoice)),
            (OpportunityColumns.EntityName, OpportunityColumns.ModelOutcome, typeof(ModelOutcomeChoice)),
        };

        foreach (var (table, column, choice) in expected)
        {
            var values = choice.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).OrderBy(v => v);
            Assert.That(Schema.ColumnOf(table, column).Options.OrderBy(v => v), Is.EqualTo(values), $"{table}.{column}");
        }
    }

    [Test]
    public void TheCustomApiHasTheParametersThePluginReadsAndWrites()
    {
        var files = CrmSpm.SolutionPacker.CrmSpmSolution.CustomApiFiles();
        var api = files.Values.Single(d => d.Root!.Name == "customapi");
        var request = files.Values.Where(d => d.Root!.Name == "customapirequestparameter").Select(d => (string)d.Root!.Attribute("uniquename")!);
        var response = files.Values.Where(d => d.Root!.Name == "customapiresponseproperty").Select(d => (string)d.Root!.Attribute("uniquename")!);

        Assert.That((string)api.Root!.Attribute("uniquename")!, Is.EqualTo(MessageNames.RecalculateScorecards));
        Assert.That(request, Is.EqualTo(new[] { MessageNames.ContinuationTokenParameter }));
        Assert.That(response, Is.EqualTo(new[] { MessageNames.NextContinuationTokenParameter }));
    }
}
