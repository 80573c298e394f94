using CrmSpm.Core.Scoring.Adoption;

namespace CrmSpm.Core.Tests.Scoring;

public class AdoptionCalculatorTests : CoreTestBase
{
    [Test]
    public void Score_TwoOpenDeals_Should_MatchTheHandComputedComponents()
    {
        // Arrange: two deals at Develop (requires account, amount, close date).
        // A: complete, next step, touched 2 and 20 days ago, closes in 30 days.
        // B: amount 0, no next step, never touched, created 30 days ago, close date 5 days ago.
        var a = OpenDeal("a", nextStep: "Demo");
        var b = OpenDeal("b", amount: 0, nextStep: null, closeInDays: -5);
        var deals = new[] { Facts(a, Touch("t1", "a", 2), Touch("t2", "a", 20)), Facts(b) };

        // Act
        var score = new AdoptionCalculator(Profile()).Score(deals);

        // Assert
        // completeness (3/3 + 2/3) / 2 = 0.8333; freshness 1/2; activity rate 2 touches / 2 deals / 4 weeks = 0.25 per week,
        // against 1.5 → 0.1667; hygiene 1 − 1/2; next step 1/2.
        // score = 100 × (0.2×0.8333 + 0.3×0.5 + 0.2×0.1667 + 0.15×0.5 + 0.15×0.5) = 50.
        var values = score.Components.ToDictionary(c => c.Key, c => c.Value);
        Assert.That(values[AdoptionComponentKeys.Completeness], Is.EqualTo(5.0 / 6).Within(1e-9));
        Assert.That(values[AdoptionComponentKeys.Freshness], Is.EqualTo(0.5));
        Assert.That(values[AdoptionComponentKeys.ActivityRate], Is.EqualTo(0.25 / 1.5).Within(1e-9));
        Assert.That(values[AdoptionComponentKeys.CloseDateHygiene], Is.EqualTo(0.5));
        Assert.That(values[AdoptionComponentKeys.NextStepDiscipline], Is.EqualTo(0.5));
        Assert.That(score.Value, Is.EqualTo(50).Within(1e-9));
        Assert.That(score.Components.Single(c => c.Key == AdoptionComponentKeys.Freshness).Evidence,
            Is.EqualTo("1 of 2 open deals touched within 14 days"));
    }

    [Test]
    public void Score_NoOpenDeals_Should_BeNotScoredWithAReason()
    {
        // Act
        var score = new AdoptionCalculator(Profile()).Score(Array.Empty<CrmSpm.Core.Scoring.DealFacts>());

        // Assert
        Assert.That(score.Value, Is.Null);
        Assert.That(score.NotScoredReason, Is.EqualTo("no open deals"));
    }

    [Test]
    public void Score_OnlyFreshnessWeighted_Should_EqualFreshnessShare()
    {
        // Arrange: weights renormalise, so only the ratio matters.
        var profile = Profile();
        var w = profile.Weights.Adoption;
        w.Completeness = w.ActivityRate = w.CloseDateHygiene = w.NextStepDiscipline = 0;
        w.Freshness = 0.4;
        var deals = new[] { Facts(OpenDeal("a"), Touch("t", "a", 1)), Facts(OpenDeal("b", createdDaysAgo: 60)), Facts(OpenDeal("c", createdDaysAgo: 3)) };

        // Act
        var score = new AdoptionCalculator(profile).Score(deals);

        // Assert: a touched yesterday and c created 3 days ago are fresh; b is 60 days old and untouched → 2/3.
        Assert.That(score.Value, Is.EqualTo(100 * 2.0 / 3).Within(1e-9));
    }
}
