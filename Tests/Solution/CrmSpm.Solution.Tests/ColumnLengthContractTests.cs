namespace CrmSpm.Solution.Tests;

/// <summary>
/// The max lengths agreed between the solution, the plugins and the embedded org (docs/data-model.md, "Column
/// lengths"): the solution must declare exactly these, in characters.
/// </summary>
public class ColumnLengthContractTests
{
    private static readonly (string Table, string Column, string Type, int MaxLength)[] Contract =
    {
        ("crmspm_scorecard", "crmspm_name", "nvarchar", 200),
        ("crmspm_scoringprofile", "crmspm_name", "nvarchar", 200),
        ("crmspm_modelstate", "crmspm_name", "nvarchar", 200),
        ("crmspm_scorecard", "crmspm_key", "nvarchar", 100),
        ("crmspm_scorecard", "crmspm_period", "nvarchar", 10),
        ("crmspm_modelstate", "crmspm_teamkey", "nvarchar", 100),
        ("task", "crmspm_ruleid", "nvarchar", 100),
        ("task", "crmspm_tipkey", "nvarchar", 400),
        ("task", "crmspm_benchmark", "nvarchar", 200),
        ("task", "crmspm_traininglink", "nvarchar", 2000),
        ("task", "crmspm_dismissreason", "nvarchar", 1000),
        ("opportunity", "crmspm_nextstep", "nvarchar", 1000),
        ("crmspm_scorecard", "crmspm_largestgap", "nvarchar", 200),
        ("crmspm_scorecard", "crmspm_trendhistory", "nvarchar", 4000),
        ("opportunity", "crmspm_dealscorereasons", "ntext", 100000),
        ("opportunity", "crmspm_dealscorehistory", "ntext", 4000),
        ("opportunity", "crmspm_stagehistory", "ntext", 100000),
        ("opportunity", "crmspm_touchlog", "ntext", 100000),
        ("opportunity", "crmspm_tipstate", "ntext", 100000),
        ("opportunity", "crmspm_modelfeatures", "ntext", 100000),
        ("crmspm_scorecard", "crmspm_tipstate", "ntext", 100000),
        ("crmspm_scorecard", "crmspm_details", "ntext", 100000),
        ("crmspm_scorecard", "crmspm_recognitions", "ntext", 4000),
        ("task", "crmspm_evidence", "ntext", 100000),
        ("crmspm_modelstate", "crmspm_benchmarks", "ntext", 100000),
        ("crmspm_modelstate", "crmspm_signals", "ntext", 100000),
        ("crmspm_modelstate", "crmspm_statejson", "ntext", 1048576),
        ("crmspm_modelstate", "crmspm_runid", "nvarchar", 100),
        ("crmspm_modelstate", "crmspm_standingjson", "ntext", 1048576),
        ("crmspm_modelstate", "crmspm_dataissuesjson", "ntext", 100000),
        ("crmspm_scoringprofile", "crmspm_profilejson", "ntext", 1048576),
        ("crmspm_pluginhealth", "crmspm_name", "nvarchar", 200),
        ("crmspm_pluginhealth", "crmspm_step", "nvarchar", 200),
        ("crmspm_pluginhealth", "crmspm_event", "nvarchar", 200),
        ("crmspm_pluginhealth", "crmspm_errortype", "nvarchar", 200),
        ("crmspm_pluginhealth", "crmspm_recordid", "nvarchar", 100),
        ("crmspm_pluginhealth", "crmspm_correlationid", "nvarchar", 100),
        ("crmspm_pluginhealth", "crmspm_errormessage", "ntext", 2000),
    };

    [Test]
    public void EveryContractColumnHasItsTypeAndMaxLength()
    {
        foreach (var (table, column, type, maxLength) in Contract)
        {
            var declared = PackedSchema.Instance.ColumnOf(table, column);
            Assert.That((declared.Type, declared.MaxLength), Is.EqualTo((type, (int?)maxLength)), $"{table}.{column}");
        }
    }

    [Test]
    public void EveryTextColumnOfTheSolutionIsInTheContract()
    {
        var text = PackedSchema.Instance.Tables.Values.SelectMany(t => t.Columns.Values)
            .Where(c => c.Name.StartsWith("crmspm_", StringComparison.Ordinal) && c.Type is "nvarchar" or "ntext")
            .Select(c => (c.Table, c.Name));

        Assert.That(text, Is.EquivalentTo(Contract.Select(c => (c.Table, c.Column))));
    }

    [Test]
    public void TheTrainingLinkIsAUrl()
    {
        var link = Repository.Customizations.Descendants("attribute").Single(a =>
            (string?)a.Element("LogicalName") == "crmspm_traininglink");

        Assert.That((string?)link.Element("Format"), Is.EqualTo("url"));
    }
}
