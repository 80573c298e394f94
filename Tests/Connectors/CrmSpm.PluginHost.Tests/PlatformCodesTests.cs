using CrmSpm.Plugins.Model;
using Plugin = CrmSpm.Plugins.Pipeline;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.PluginHost.Tests;

// The plugins and the org each keep Dataverse's step codes (neither may reference the other): stage 10/20/30/40,
// mode 0/1, image type 0/1/2 (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep,
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage).
// These tests enumerate both sides, so a value changed or added on one side only fails here.
public sealed class PlatformCodesTests
{
    [Test]
    public void PipelineStages_Should_HaveTheSameNamesAndCodes_InPluginsAndOrg() =>
        Assert.That(Codes<Plugin.PipelineStage>(), Is.EquivalentTo(Codes<Org.PipelineStage>()));

    [Test]
    public void StepModes_Should_HaveTheSameNamesAndCodes_InPluginsAndOrg() =>
        Assert.That(Codes<Plugin.StepMode>(), Is.EquivalentTo(Codes<Org.StepMode>()));

    [Test]
    public void ImageTypes_Should_AgreeOnEveryCodeThePluginsUse_AndTheOrgAddsOnlyBoth()
    {
        // The plugins register PreImage and PostImage only; the org also accepts 2 Both.
        Assert.That(Codes<Org.ImageType>().Except(Codes<Plugin.ImageType>()), Is.EquivalentTo(new[] { ("Both", 2) }));
        Assert.That(Codes<Plugin.ImageType>(), Is.SubsetOf(Codes<Org.ImageType>()));
    }

    [Test]
    public void MessageNames_Should_BeTheOrgsMessageNames()
    {
        Assert.That(
            new[] { MessageNames.Create, MessageNames.Update, MessageNames.Delete, MessageNames.Win, MessageNames.Lose },
            Is.EqualTo(new[] { Org.MessageNames.Create, Org.MessageNames.Update, Org.MessageNames.Delete, Org.MessageNames.Win, Org.MessageNames.Lose }));
    }

    [Test]
    public void EveryStepThePackerWrites_Should_ParseToTheOrgsCodes()
    {
        Assert.That(PlatformCodes.Stage("40"), Is.EqualTo(Org.PipelineStage.PostOperation));
        Assert.That(PlatformCodes.Mode("1"), Is.EqualTo(Org.StepMode.Asynchronous));
        Assert.That(PlatformCodes.Image("1"), Is.EqualTo(Org.ImageType.PostImage));
    }

    [TestCase("15")]
    [TestCase("")]
    [TestCase("forty")]
    public void UndefinedStageCode_Should_BeRefusedWithTheElementNamed(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => PlatformCodes.Stage(code))!;

        Assert.That(error.Message, Does.Contain($"<Stage>{code}</Stage>"));
    }

    private static (string Name, int Code)[] Codes<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(value => (value.ToString(), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
