using System.Reflection;
using System.Xml.Linq;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The generated step XML is exactly the steps declared in code, each legal for Dataverse
/// (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
/// </summary>
public class StepTests
{
    private static readonly XElement[] StepXml = Repository.Customizations.Root!.Element("SdkMessageProcessingSteps")!.Elements().ToArray();
    private static readonly IReadOnlyList<PluginStep> Declared = CrmSpmSolution.Steps();

    [Test]
    public void EveryDeclaredStepIsPackedOnceWithItsRegistration()
    {
        Assert.That(StepXml, Has.Length.EqualTo(Declared.Count));
        foreach (var step in Declared)
        {
            var xml = StepXml.Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + step.Id + "}");
            var r = step.Registration;
            Assert.That((int)xml.Element("Stage")!, Is.EqualTo((int)r.Stage), step.Name);
            Assert.That((int)xml.Element("Mode")!, Is.EqualTo((int)r.Mode), step.Name);
            Assert.That((int)xml.Element("Rank")!, Is.EqualTo(r.Rank), step.Name);
            Assert.That(xml.Element("FilteringAttributes")!.Value, Is.EqualTo(string.Join(",", r.FilteringAttributes)), step.Name);
            Assert.That(xml.Element("PluginTypeName")!.Value, Does.StartWith(step.PluginType.FullName + ", CrmSpm.Plugins, Version="), step.Name);
            Assert.That(xml.Descendants("SdkMessageProcessingStepImage").Select(i =>
                    ((int)i.Element("ImageType")!, i.Element("EntityAlias")!.Value, i.Element("Attributes")!.Value)),
                Is.EqualTo(r.Images.Select(i => ((int)i.Type, i.Alias, string.Join(",", i.Attributes)))), step.Name);
        }
    }

    [Test]
    public void EveryPackedStepNamesItsMessageById()
    {
        // The import cannot create a step without its SdkMessageId, and only the ids of Create, Update and Delete are
        // published (SdkMessages.cs): closes register on Create of opportunityclose, not on Win/Lose.
        var missing = StepXml.Where(s => s.Element("SdkMessageId") == null).Select(s => (string)s.Attribute("Name")!).ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void AsyncStepsDeleteTheirSystemJobsOnSuccess()
    {
        foreach (var xml in StepXml)
        {
            Assert.That(xml.Element("AsyncAutoDelete")!.Value, Is.EqualTo(xml.Element("Mode")!.Value == "1" ? "1" : "0"), (string)xml.Attribute("Name")!);
        }

        Assert.That(StepXml, Is.Not.Empty);
        Assert.That(StepXml.Where(x => x.Element("Mode")!.Value == "1"), Is.Not.Empty, "a close's steps are asynchronous, so the rule is exercised");
    }

    [Test]
    public void StepIdsAreNameBasedOnTheStepsIdentity()
    {
        // Version-5 UUIDs of assembly|type|message|table|stage|mode: the same on every pack, different per step.
        var validate = Declared.Single(s => s.PluginType == typeof(ValidateScoringProfilePlugin) && s.Registration.Message == MessageNames.Create);

        Assert.That(validate.Identity, Is.EqualTo("CrmSpm.Plugins|CrmSpm.Plugins.Steps.ValidateScoringProfilePlugin|Create|crmspm_scoringprofile|10|0"));
        Assert.That(validate.Id, Is.EqualTo(CrmSpm.Plugins.Coaching.TipIdentity.NameBased(PluginStep.Namespace, "step|" + validate.Identity)));
        Assert.That(validate.Id.ToString()[14], Is.EqualTo('5'));
        Assert.That(CrmSpmSolution.Steps().Select(s => s.Id), Is.EqualTo(Declared.Select(s => s.Id)));
        Assert.That(Declared.Select(s => s.Id).Distinct().Count(), Is.EqualTo(Declared.Count));
    }

    [Test]
    public void NoTwoStepsRegisterTheSameHandlerForTheSameEvent()
    {
        // Solution checker meta-remove-dup-reg.
        Assert.That(Declared.GroupBy(s => s.Identity).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
    }

    [Test]
    public void EveryUpdateStepHasFilteringAttributes()
    {
        // Solution checker meta-avoid-reg-no-attribute: an Update step without them runs on every update.
        Assert.That(Declared.Where(s => s.Registration.Message == MessageNames.Update && s.Registration.FilteringAttributes.Count == 0)
            .Select(s => s.Name), Is.Empty);
        Assert.That(Declared.Where(s => s.Registration.Message != MessageNames.Update && s.Registration.FilteringAttributes.Count > 0)
            .Select(s => s.Name), Is.Empty, "filtering attributes mean something for Update only");
    }

    [Test]
    public void EveryStepIsOneDataverseAccepts()
    {
        var problems = new List<string>();
        foreach (var step in Declared)
        {
            var r = step.Registration;
            if (r.Mode == StepMode.Asynchronous && r.Stage != PipelineStage.PostOperation)
                problems.Add($"{step.Name}: asynchronous steps run in PostOperation only");
            foreach (var image in r.Images)
            {
                if (r.Message is not (MessageNames.Create or MessageNames.Update or MessageNames.Delete))
                    problems.Add($"{step.Name}: {r.Message} has no entity images");
                if (image.Type == ImageType.PreImage && r.Message == MessageNames.Create)
                    problems.Add($"{step.Name}: no pre-image on Create, the row does not exist yet");
                if (image.Type == ImageType.PostImage && r.Message == MessageNames.Delete)
                    problems.Add($"{step.Name}: no post-image on Delete, the row is gone");
                if (image.Type == ImageType.PostImage && r.Stage != PipelineStage.PostOperation)
                    problems.Add($"{step.Name}: post-images exist in PostOperation only");
            }

            if (r.Message is MessageNames.Win or MessageNames.Lose && r.PrimaryEntity != OpportunityColumns.EntityName)
                problems.Add($"{step.Name}: Win and Lose are opportunity messages");
            if (r.PrimaryEntity == "activitypointer")
                problems.Add($"{step.Name}: register on each activity table, not activitypointer");
            if (r.Message == "Execute" || r.Message.StartsWith("Retrieve", StringComparison.Ordinal))
                problems.Add($"{step.Name}: a step on {r.Message} runs on every read");
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void EveryCrmSpmColumnAStepNamesIsDeclaredOnItsTable()
    {
        var missing = Declared.SelectMany(s => s.Registration.FilteringAttributes.Concat(s.Registration.Images.SelectMany(i => i.Attributes))
                .Where(c => c.StartsWith("crmspm_", StringComparison.Ordinal) && !PackedSchema.Instance.Declares(s.Registration.PrimaryEntity, c))
                .Select(c => $"{s.Name}: {c}"))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryStepsPluginTypeIsAPublicPluginWithAConstructorDataverseCanCall()
    {
        // Checked on the net10.0 build of the same source (the net462 build cannot load into this runtime); the
        // type names and constructors are the same source. Dataverse calls (), (string) or (string, string).
        var assembly = typeof(CrmSpm.Plugins.Steps.PluginCatalog).Assembly;
        foreach (var xml in StepXml)
        {
            var typeName = xml.Element("PluginTypeName")!.Value.Split(',')[0];
            var type = assembly.GetType(typeName);
            Assert.That(type, Is.Not.Null, typeName);
            Assert.That(type!.IsPublic && !type.IsAbstract && typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type), Is.True, typeName);
            var shapes = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Select(c => c.GetParameters().Select(p => p.ParameterType).ToArray())
                .Where(p => p.Length == 0 || p.All(t => t == typeof(string)) && p.Length <= 2);
            Assert.That(shapes, Is.Not.Empty, typeName);
        }
    }

    [Test]
    public void TheCustomApiRunsItsPluginTypeAsItsMainOperationAndNoStepInStage30()
    {
        // A custom API's main operation is the plug-in type its plugintypeid names; stage 30 cannot be registered as a
        // step, and with no steps wanted, allowedcustomprocessingsteptype is 0 (none)
        // (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api,
        // https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
        var api = CrmSpmSolution.CustomApiFiles().Values.Single(d => d.Root!.Name == "customapi").Root!;
        var main = PluginStep.MainOperations().Single();

        Assert.That((string)api.Attribute("uniquename")!, Is.EqualTo(main.Registration.Message));
        Assert.That(Guid.Parse((string)api.Element("plugintypeid")!.Element("plugintypeid")!), Is.EqualTo(PluginStep.PluginTypeId(typeof(RecalculateScorecardsPlugin))));
        Assert.That(main.PluginType, Is.EqualTo(typeof(RecalculateScorecardsPlugin)));
        Assert.That((int)api.Element("allowedcustomprocessingsteptype")!, Is.EqualTo(0));
        Assert.That((int)api.Element("bindingtype")!, Is.EqualTo(0), "unbound (global)");
        var stages = CrmSpmSolution.Customizations().Root!.Element("SdkMessageProcessingSteps")!.Elements().Select(s => (int)s.Element("Stage")!);
        Assert.That(stages, Has.None.EqualTo(30));
        var types = CrmSpmSolution.Customizations().Descendants("PluginType").Select(t => Guid.Parse((string)t.Attribute("PluginTypeId")!));
        Assert.That(types, Does.Contain(PluginStep.PluginTypeId(typeof(RecalculateScorecardsPlugin))), "the API's plug-in type ships in the assembly");
    }
}
