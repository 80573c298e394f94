using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Tests.Profile;

public class StageCatalogueTests
{
    private static StageCatalogue Catalogue() => new StageCatalogue(new[]
    {
        new StageDefinition { Name = "Qualify", Order = 1, StepNames = new List<string> { "1-Qualify*" } },
        new StageDefinition { Name = " Develop ", Order = 2 },
        new StageDefinition { Name = "develop", Order = 3 },
    });

    [TestCase("Qualify", "Qualify")]
    [TestCase("QUALIFY", "Qualify")]
    [TestCase("  qualify ", "Qualify")]
    [TestCase("Develop", " Develop ")]
    [TestCase("develop", " Develop ")]
    [TestCase(" Develop ", " Develop ")]
    [TestCase("1-qualify lead", "Qualify")]
    public void Find_NameInAnyCaseOrPaddedOrAStepName_Should_ReturnTheSameStage(string name, string expected)
    {
        // Arrange: "develop" repeats " Develop " (case-insensitive, trimmed) and is skipped, so an exact "develop" still finds " Develop ".
        var catalogue = Catalogue();

        // Act
        var stage = catalogue.Find(name);

        // Assert
        Assert.That(stage?.Name, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Propose")]
    public void Find_UnknownName_Should_ReturnNull(string? name)
    {
        // Act
        var stage = Catalogue().Find(name);

        // Assert
        Assert.That(stage, Is.Null);
    }
}
