using System.Xml.Linq;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// Every packed step names its message by <c>SdkMessageId</c> and its table by <c>PrimaryEntity</c>: the pair the
/// import resolves to the step's message filter (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).
/// </summary>
public class SdkMessageTests
{
    private static readonly XElement[] StepXml = Repository.Customizations.Root!.Element("SdkMessageProcessingSteps")!.Elements().ToArray();

    [Test]
    public void EveryStepNamesTheIdOfItsDeclaredMessageAndATable()
    {
        foreach (var step in CrmSpmSolution.Steps())
        {
            var xml = StepXml.Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + step.Id + "}");
            var messageId = (string?)xml.Element("SdkMessageId");
            var table = xml.Element("PrimaryEntity")!.Value;

            Assert.That(table, Is.Not.Empty.And.Not.EqualTo("none"), step.Name);
            Assert.That(messageId, Is.Not.Null, step.Name + ": the import cannot create a step without its message id");
            Assert.That(SdkMessages.NameOf(Guid.Parse(messageId!)), Is.EqualTo(step.Registration.Message), step.Name);
        }
    }

    [Test]
    public void EveryStepIsOnAMessageItsTableHas()
    {
        // Stock tables: the messages of the table's reference page (Data/stock-table-messages.json). Our own tables
        // have Create, Update and Delete like every table (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework).
        var problems = new List<string>();
        foreach (var step in CrmSpmSolution.Steps())
        {
            var (message, table) = (step.Registration.Message, step.Registration.PrimaryEntity);
            var messages = table.StartsWith("crmspm_", StringComparison.Ordinal) && PackedSchema.Instance.Tables.ContainsKey(table)
                ? new HashSet<string> { "Create", "Update", "Delete" }
                : StockMetadata.MessagesOf(table);
            if (!messages.Contains(message)) problems.Add($"{step.Name}: {table} has no {message} message");
        }

        Assert.That(problems, Is.Empty);
        Assert.That(StockMetadata.MessagesOf("post"), Does.Not.Contain("Update"), "the data is read: posts cannot be updated");
    }

    [Test]
    public void TheKnownIdsAreTheOnesMicrosoftPublishes()
    {
        // The sdkmessageid values in the Web API results of
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
        Assert.That(SdkMessages.IdOf("Create"), Is.EqualTo(new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")));
        Assert.That(SdkMessages.IdOf("Update"), Is.EqualTo(new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")));
        Assert.That(SdkMessages.IdOf("Delete"), Is.EqualTo(new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")));
        Assert.That(SdkMessages.NameOf(new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")), Is.EqualTo("Update"));
        Assert.That(SdkMessages.NameOf(Guid.Empty), Is.Null);
    }

    [Test]
    public void ClosesAreCaughtOnMessagesWithKnownIds()
    {
        // Win and Lose have no published id: a close is caught on Create of opportunityclose, which both write.
        var closes = CrmSpmSolution.Steps().Where(s => s.PluginType == typeof(CrmSpm.Plugins.Steps.DealClosedPlugin)).Select(s => s.Name);

        Assert.That(closes, Is.EquivalentTo(new[]
        {
            "CrmSpm.Plugins.Steps.DealClosedPlugin: Create of opportunityclose",
            "CrmSpm.Plugins.Steps.DealClosedPlugin: Update of opportunity",
        }));
    }

    [Test]
    public void AStepOnAMessageWithoutAKnownIdFailsThePackNamingTheStep()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SdkMessages.IdFor("CrmSpm.Plugins.Steps.X: Merge of account", "Merge"));

        Assert.That(refused!.Message, Does.Contain("Step 'CrmSpm.Plugins.Steps.X: Merge of account'").And.Contain("'Merge'")
            .And.Contain("Create, Delete, Update").And.Contain("SdkMessages.cs"));
        Assert.That(SdkMessages.IdFor("CrmSpm.Plugins.Steps.X: Update of account", "Update"), Is.EqualTo(SdkMessages.IdOf("Update")));
    }
}
