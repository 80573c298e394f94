using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Mapping;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Tests.Mapping;

public sealed class ScorecardComparisonTests : SalesforceTestBase
{
    private static JsonObject Card(double adoption, double behaviour, double winRate, string details) => new()
    {
        [F.Scorecard.AdoptionScore] = adoption,
        [F.Scorecard.BehaviourScore] = behaviour,
        [F.Scorecard.WinRate] = winRate,
        [F.Scorecard.Details] = details,
    };

    private static string Fingerprint(JsonObject fields) => CrmSpm.Salesforce.Mapping.Fingerprint.Of(ScorecardRecordBuilder.ForComparison(fields));

    [Test]
    public void ForComparison_ScoresThatDriftOnlyInTheirDecimals_Should_CompareEqual()
    {
        // Ten minutes later adoption's freshness moves 73.41 → 73.44 and the details' durations change: 73 both times.
        var first = Card(73.41, 80.20, 0.3125, "{\"evidence\":\"0.01 days\"}");
        var later = Card(73.44, 79.96, 0.3125, "{\"evidence\":\"0.02 days\"}");

        Assert.That(Fingerprint(later), Is.EqualTo(Fingerprint(first)));
    }

    [Test]
    public void ForComparison_AWholePointOrARate_Should_Differ()
    {
        var first = Card(73.41, 80.20, 0.3125, "{}");

        // 73.41 → 73.60 reads 74 instead of 73; a win rate of 31.25 % → 33.33 % is a closed deal.
        Assert.Multiple(() =>
        {
            Assert.That(Fingerprint(Card(73.60, 80.20, 0.3125, "{}")), Is.Not.EqualTo(Fingerprint(first)));
            Assert.That(Fingerprint(Card(73.41, 80.20, 0.3333, "{}")), Is.Not.EqualTo(Fingerprint(first)));
        });
    }
}
