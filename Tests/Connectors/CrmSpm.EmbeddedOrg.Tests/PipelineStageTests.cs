using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Tests;

// Stages, ranks, context contents, images and filtering attributes (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context, https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
public class PipelineStageTests : EmbeddedOrgTestBase
{
    [Test]
    public void Steps_Should_RunByStageThenRank()
    {
        // Arrange (execution order, https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in): registered out of order on purpose.
        var order = new List<string>();
        Register("Create", "account", PipelineStage.PostOperation, _ => order.Add("post"));
        Register("Create", "account", PipelineStage.PreOperation, _ => order.Add("pre-rank2"), rank: 2);
        Register("Create", "account", PipelineStage.PreOperation, _ => order.Add("pre-rank1"), rank: 1);
        Register("Create", "account", PipelineStage.PreValidation, _ => order.Add("validation"));
        Register("Create", "contact", PipelineStage.PreValidation, _ => order.Add("other table"));

        // Act
        CreateAccount("A");

        // Assert
        Assert.That(order, Is.EqualTo(new[] { "validation", "pre-rank1", "pre-rank2", "post" }));
    }

    [Test]
    public void PreOperation_ChangeToTarget_Should_BeStored()
    {
        // Arrange (InputParameters can be changed in PreValidation and PreOperation, https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context)
        Register("Create", "account", PipelineStage.PreOperation, p => ((Entity)ContextOf(p).InputParameters["Target"])["description"] = "set by plugin");

        // Act
        var id = CreateAccount("A");

        // Assert
        Assert.That(Service.Retrieve("account", id, new ColumnSet("description"))["description"], Is.EqualTo("set by plugin"));
    }

    [Test]
    public void OutputParameters_Should_HoldTheIdOnlyInPostOperation()
    {
        // Arrange (OutputParameters exist from the main operation on, https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context)
        var seen = new Dictionary<int, bool>();
        Guid postId = Guid.Empty;
        Register("Create", "account", PipelineStage.PreOperation, p => seen[20] = ContextOf(p).OutputParameters.Contains("id"));
        Register("Create", "account", PipelineStage.PostOperation, p =>
        {
            seen[40] = ContextOf(p).OutputParameters.Contains("id");
            postId = (Guid)ContextOf(p).OutputParameters["id"];
        });

        // Act
        var id = CreateAccount("A");

        // Assert
        Assert.That(seen[20], Is.False);
        Assert.That(seen[40], Is.True);
        Assert.That(postId, Is.EqualTo(id));
    }

    [Test]
    public void Context_Should_DescribeTheMessage()
    {
        // Arrange (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context)
        IPluginExecutionContext? pre = null;
        IPluginExecutionContext? validation = null;
        Register("Create", "account", PipelineStage.PreValidation, p => validation = ContextOf(p));
        Register("Create", "account", PipelineStage.PreOperation, p => pre = ContextOf(p));

        // Act
        CreateAccount("A");

        // Assert
        Assert.That(pre!.MessageName, Is.EqualTo("Create"));
        Assert.That(pre.PrimaryEntityName, Is.EqualTo("account"));
        Assert.That(pre.Stage, Is.EqualTo(20));
        Assert.That(pre.Mode, Is.EqualTo(0));
        Assert.That(pre.Depth, Is.EqualTo(1));
        Assert.That(pre.UserId, Is.EqualTo(Org.SystemUserId));
        Assert.That(pre.InitiatingUserId, Is.EqualTo(Org.SystemUserId));
        Assert.That(pre.IsInTransaction, Is.True);
        Assert.That(pre.OperationCreatedOn, Is.EqualTo(Start.UtcDateTime));
        Assert.That(validation!.IsInTransaction, Is.False, "top-level PreValidation runs before the transaction");
        Assert.That(validation.SharedVariables, Is.SameAs(pre.SharedVariables));
    }

    [Test]
    public void PreValidation_OfANestedCall_Should_RunInsideTheCallersTransaction()
    {
        // Arrange (a PreValidation triggered by another plugin's PostOperation is in its transaction, https://learn.microsoft.com/power-apps/developer/data-platform/event-framework)
        bool? nestedInTransaction = null;
        Register("Create", "account", PipelineStage.PostOperation, p => ServiceOf(p).Create(new Entity("task")));
        Register("Create", "task", PipelineStage.PreValidation, p => nestedInTransaction = ContextOf(p).IsInTransaction);

        // Act
        CreateAccount("A");

        // Assert
        Assert.That(nestedInTransaction, Is.True);
    }

    [Test]
    public void SharedVariables_Should_TravelAlongThePipeline()
    {
        // Arrange (SharedVariables shared along the pipeline, https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context)
        object? received = null;
        Register("Update", "account", PipelineStage.PreOperation, p => ContextOf(p).SharedVariables["before"] = "old name");
        Register("Update", "account", PipelineStage.PostOperation, p => received = ContextOf(p).SharedVariables["before"]);
        var id = CreateAccount("A");

        // Act
        Service.Update(new Entity("account", id) { ["name"] = "B" });

        // Assert
        Assert.That(received, Is.EqualTo("old name"));
    }

    [Test]
    public void PreValidationSharedVariables_Should_BeInParentContextSharedVariables()
    {
        // Arrange (PreValidation variables reach later stages through ParentContext.SharedVariables, https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context)
        object? viaParent = null;
        Register("Create", "account", PipelineStage.PreValidation, p => ContextOf(p).SharedVariables["checked"] = true);
        Register("Create", "account", PipelineStage.PostOperation, p => viaParent = ContextOf(p).ParentContext.SharedVariables["checked"]);

        // Act
        CreateAccount("A");

        // Assert
        Assert.That(viaParent, Is.EqualTo(true));
    }

    [Test]
    public void Images_Should_HoldTheRowBeforeAndAfter_WithOnlyTheirColumns()
    {
        // Arrange (the alias is the key, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage)
        Entity? pre = null;
        Entity? post = null;
        Register("Update", "account", PipelineStage.PostOperation, p =>
        {
            pre = ContextOf(p).PreEntityImages["pre"];
            post = ContextOf(p).PostEntityImages["post"];
        }, images: new[] { new StepImage("pre", ImageType.PreImage, "name"), new StepImage("post", ImageType.PostImage, "name", "telephone1") });
        var id = Service.Create(new Entity("account") { ["name"] = "Old", ["telephone1"] = "1" });

        // Act
        Service.Update(new Entity("account", id) { ["name"] = "New" });

        // Assert
        Assert.That(pre!.Attributes.Keys, Is.EqualTo(new[] { "name" }));
        Assert.That(pre["name"], Is.EqualTo("Old"));
        Assert.That(post!["name"], Is.EqualTo("New"));
        Assert.That(post["telephone1"], Is.EqualTo("1"));
        Assert.That(post.Contains("createdon"), Is.False);
    }

    [Test]
    public void FilteringAttributes_Should_RunTheStepOnlyWhenTheTargetHasOne()
    {
        // Arrange (presence in the update, not a changed value, https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration)
        var runs = 0;
        Register("Update", "opportunity", PipelineStage.PostOperation, _ => runs++, filtering: new[] { "statecode", "estimatedclosedate" });
        var id = Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        // Act
        Service.Update(new Entity("opportunity", id) { ["name"] = "Renamed" });
        Service.Update(new Entity("opportunity", id) { ["estimatedclosedate"] = Start.UtcDateTime });
        Service.Update(new Entity("opportunity", id) { ["estimatedclosedate"] = Start.UtcDateTime });

        // Assert: 2 of 3 updates carry a filtering attribute (the third changes nothing but still counts).
        Assert.That(runs, Is.EqualTo(2));
    }

    [Test]
    public void UpdateOfStateAndOtherColumns_Should_RunTheStepsOncePerPart()
    {
        // Arrange (once for the non-state/status columns, then once for the state/status columns, https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior)
        var targets = new List<string>();
        Register("Update", "account", PipelineStage.PostOperation, p =>
            targets.Add(string.Join(",", ((Entity)ContextOf(p).InputParameters["Target"]).Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal))));
        var id = Service.Create(new Entity("account") { ["name"] = "Acme" });

        // Act
        Service.Update(new Entity("account", id) { ["name"] = "Acme (inactive)", ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        Service.Update(new Entity("account", id) { ["name"] = "Only a rename" });

        // Assert
        Assert.That(targets, Is.EqualTo(new[] { "name", "statecode,statuscode", "name" }));
        var stored = Service.Retrieve("account", id, new ColumnSet("name", "statecode"));
        Assert.That(stored["name"], Is.EqualTo("Only a rename"));
        Assert.That(stored.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
    }

    [Test]
    public void Registration_Should_RejectImpossibleSteps()
    {
        // Arrange / Act / Assert (registration rules, https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in)
        Assert.Throws<ArgumentException>(() => Register("Create", "account", PipelineStage.PostOperation, _ => { }, images: new StepImage("pre", ImageType.PreImage)));
        Assert.Throws<ArgumentException>(() => Register("Delete", "account", PipelineStage.PostOperation, _ => { }, images: new StepImage("post", ImageType.PostImage)));
        Assert.Throws<ArgumentException>(() => Register("Update", "account", PipelineStage.PreOperation, _ => { }, images: new StepImage("post", ImageType.PostImage)));
        Assert.Throws<ArgumentException>(() => Register("Update", "account", PipelineStage.PreOperation, _ => { }, mode: StepMode.Asynchronous));
        Assert.Throws<ArgumentException>(() => Org.RegisterStep(new StepRegistration { Message = "Create" }));
    }

    [Test]
    public void PluginType_Should_ReceiveBothConfigurations()
    {
        // Arrange (the (unsecure, secure) constructor, https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in)
        Org.RegisterStep(new StepRegistration
        {
            Message = "Create",
            PrimaryEntity = "account",
            Stage = PipelineStage.PreOperation,
            PluginType = typeof(ConfiguredPlugin),
            UnsecureConfiguration = "public",
            SecureConfiguration = "secret",
        });

        // Act
        var id = CreateAccount("A");

        // Assert
        Assert.That(Service.Retrieve("account", id, new ColumnSet("description"))["description"], Is.EqualTo("public|secret"));
    }

    [Test]
    public void Traces_Should_BeKeptPerExecution()
    {
        // Arrange
        Register("Create", "account", PipelineStage.PostOperation, p => TracingOf(p).Trace("Created {0}", ContextOf(p).PrimaryEntityId));

        // Act
        var id = CreateAccount("A");

        // Assert
        var trace = Org.Traces.Single();
        Assert.That(trace.Text.Trim(), Is.EqualTo($"Created {id}"));
        Assert.That(trace.MessageName, Is.EqualTo("Create"));
        Assert.That(trace.Stage, Is.EqualTo(40));
        Assert.That(trace.ExceptionMessage, Is.Null);
    }

    [Test]
    public void RetrieveMultiple_PostOperation_Should_SeeTheResultUnderBusinessEntityCollection()
    {
        // Arrange (Retrieve's plugin-facing output key is BusinessEntity, the caller's Entity)
        var count = -1;
        Register("RetrieveMultiple", "account", PipelineStage.PostOperation, p => count = ((EntityCollection)ContextOf(p).OutputParameters["BusinessEntityCollection"]).Entities.Count);
        CreateAccount("A");

        // Act
        var result = Service.RetrieveMultiple(new QueryExpression("account"));

        // Assert
        Assert.That(count, Is.EqualTo(1));
        Assert.That(result.Entities, Has.Count.EqualTo(1));
    }

    public sealed class ConfiguredPlugin : IPlugin
    {
        private readonly string _configuration;

        public ConfiguredPlugin(string unsecure, string secure)
        {
            _configuration = unsecure + "|" + secure;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            ((Entity)context.InputParameters["Target"])["description"] = _configuration;
        }
    }
}
