using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ValidateScoringProfilePluginTests : PluginTestBase
{
    private static readonly Guid ProfileId = Guid.NewGuid();

    [Test]
    public void Create_DefaultProfile_Should_Pass()
    {
        // Arrange
        var target = Profile(ScoringProfileJson.ToJson(ScoringProfile.Default));

        // Act
        void Act() => Execute(new ValidateScoringProfilePlugin(), MessageNames.Create, ScoringProfileColumns.EntityName, ProfileId, target, stage: 10);

        // Assert
        Assert.That(Act, Throws.Nothing);
    }

    [Test]
    public void Create_TwoOutOfRangeWeights_Should_RejectListingBothProblems()
    {
        // Arrange: the default profile with two weights pushed outside 0..1.
        var profile = ScoringProfile.Default;
        profile.Weights.Adoption.Freshness = 7;
        profile.Weights.Adoption.Completeness = -1;
        var target = Profile(ScoringProfileJson.ToJson(profile));

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => Execute(new ValidateScoringProfilePlugin(), MessageNames.Create, ScoringProfileColumns.EntityName, ProfileId, target, stage: 10));

        // Assert
        Assert.That(error!.Message, Does.Contain("weights.adoption.freshness"));
        Assert.That(error.Message, Does.Contain("weights.adoption.completeness"));
    }

    [Test]
    public void Create_NotJson_Should_RejectWithAClearReason()
    {
        // Arrange
        var target = Profile("{ this is not json");

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => Execute(new ValidateScoringProfilePlugin(), MessageNames.Create, ScoringProfileColumns.EntityName, ProfileId, target, stage: 10));

        // Assert
        Assert.That(error!.Message, Does.StartWith("The scoring profile was not saved: 1 problem."));
    }

    [Test]
    public void Create_WithoutJson_Should_RejectNamingTheColumn()
    {
        // Arrange
        var target = new Entity(ScoringProfileColumns.EntityName, ProfileId) { [ScoringProfileColumns.Name] = "Empty" };

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(
            () => Execute(new ValidateScoringProfilePlugin(), MessageNames.Create, ScoringProfileColumns.EntityName, ProfileId, target, stage: 10));

        // Assert
        Assert.That(error!.Message, Does.Contain("crmspm_profilejson: is required"));
    }

    [Test]
    public void Update_OnlyActivating_Should_NotRevalidate()
    {
        // Arrange: an update that does not carry the JSON at all.
        var target = new Entity(ScoringProfileColumns.EntityName, ProfileId) { [ScoringProfileColumns.IsActive] = true };

        // Act
        void Act() => Execute(new ValidateScoringProfilePlugin(), MessageNames.Update, ScoringProfileColumns.EntityName, ProfileId, target, stage: 10);

        // Assert
        Assert.That(Act, Throws.Nothing);
    }

    private static Entity Profile(string json) =>
        new(ScoringProfileColumns.EntityName, ProfileId) { [ScoringProfileColumns.ProfileJson] = json };
}
