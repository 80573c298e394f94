using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Metadata;

/// <summary>Structural checks of Solution/Salesforce against the connector's field names and Core's values.</summary>
public sealed class SfdxSourceTests : SalesforceTestBase
{
    private static readonly XNamespace Md = SfdxSource.Metadata;

    private static IEnumerable<string> CustomFieldConstants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => v.EndsWith("__c", StringComparison.Ordinal));

    private static XDocument Field(string objectFolder, string name) =>
        SfdxSource.CustomFields(objectFolder).Single(d => d.Root!.Element(Md + "fullName")!.Value == name);

    private static string[] PicklistValues(XDocument field) =>
        field.Descendants(Md + "value").Select(v => v.Element(Md + "fullName")!.Value).ToArray();

    private static IEnumerable<XDocument> PermissionSets() =>
        Directory.GetFiles(Path.Combine(SfdxSource.DefaultFolder, "permissionsets"), "*.permissionset-meta.xml").Select(XDocument.Load);

    [Test]
    public void SfdxProject_Should_PointAtForceAppAndUseTheClientsApiVersion()
    {
        // Arrange
        var project = JsonNode.Parse(File.ReadAllText(Path.Combine(SfdxSource.ProjectFolder, "sfdx-project.json")))!;

        // Act
        var directory = project["packageDirectories"]![0]!;

        // Assert
        Assert.That(directory["path"]!.ToString(), Is.EqualTo("force-app"));
        Assert.That(directory["default"]!.GetValue<bool>(), Is.True);
        Assert.That(project["sourceApiVersion"]!.ToString(), Is.EqualTo(new SalesforceClientOptions().ApiVersion));
        Assert.That(Directory.Exists(SfdxSource.DefaultFolder), Is.True);
    }

    [Test]
    public void EveryCustomFieldTheConnectorUses_Should_ExistInTheMetadata()
    {
        // Act
        var tipFields = SfdxSource.CustomFieldNames("Activity");
        var scorecardFields = SfdxSource.CustomFieldNames("CrmSpm_Scorecard__c");

        // Assert
        Assert.That(CustomFieldConstants(typeof(SalesforceFields.Tip)), Is.SubsetOf(tipFields));
        Assert.That(CustomFieldConstants(typeof(SalesforceFields.Scorecard)), Is.SubsetOf(scorecardFields));
    }

    [Test]
    public void EveryFieldFile_Should_BeNamedAfterItsFieldAndHaveLabelAndType()
    {
        foreach (var folder in new[] { "Activity", "CrmSpm_Scorecard__c" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SfdxSource.DefaultFolder, "objects", folder, "fields")))
            {
                var root = XDocument.Load(file).Root!;
                Assert.That(root.Name, Is.EqualTo(Md + "CustomField"), file);
                Assert.That(Path.GetFileName(file), Is.EqualTo(root.Element(Md + "fullName")!.Value + ".field-meta.xml"));
                Assert.That(root.Element(Md + "label")?.Value, Is.Not.Empty, file);
                Assert.That(root.Element(Md + "type")?.Value, Is.Not.Empty, file);
            }
        }
    }

    [TestCase("Activity")]
    [TestCase("CrmSpm_Scorecard__c")]
    public void KeyField_Should_BeAUniqueCaseSensitiveExternalId(string objectFolder)
    {
        // Arrange
        var key = Field(objectFolder, "CrmSpm_Key__c").Root!;

        // Assert: tip keys contain record ids, which are case-sensitive in their 15-character form.
        Assert.That(key.Element(Md + "type")!.Value, Is.EqualTo("Text"));
        Assert.That(key.Element(Md + "externalId")!.Value, Is.EqualTo("true"));
        Assert.That(key.Element(Md + "unique")!.Value, Is.EqualTo("true"));
        Assert.That(key.Element(Md + "caseSensitive")!.Value, Is.EqualTo("true"));
    }

    [Test]
    public void Picklists_Should_HoldExactlyTheValuesTheConnectorWrites()
    {
        Assert.That(PicklistValues(Field("Activity", SalesforceFields.Tip.Severity)), Is.EqualTo(Enum.GetNames<Severity>()));
        Assert.That(PicklistValues(Field("Activity", SalesforceFields.Tip.Response)),
            Is.EqualTo(new[] { SalesforceFields.Tip.ResponseDone, SalesforceFields.Tip.ResponseDismissed, SalesforceFields.Tip.ResponseSnoozed }));
        Assert.That(PicklistValues(Field("Activity", SalesforceFields.Tip.ClosedReason)), Is.EqualTo(new[] { SalesforceFields.Tip.ClosedReasonCleared }));
        Assert.That(PicklistValues(Field("CrmSpm_Scorecard__c", SalesforceFields.Scorecard.Tier)), Is.EqualTo(new[] { "A", "B", "C", "Not tiered" }));
    }

    [Test]
    public void ScorecardObject_Should_BePrivateSoRepsSeeOnlyTheirOwn()
    {
        // Arrange
        var root = XDocument.Load(Path.Combine(SfdxSource.DefaultFolder, "objects", "CrmSpm_Scorecard__c", "CrmSpm_Scorecard__c.object-meta.xml")).Root!;

        // Assert
        Assert.That(root.Element(Md + "sharingModel")!.Value, Is.EqualTo("Private"));
        Assert.That(root.Element(Md + "nameField")!.Element(Md + "type")!.Value, Is.EqualTo("Text"));
        Assert.That(root.Element(Md + "deploymentStatus")!.Value, Is.EqualTo("Deployed"));
    }

    [Test]
    public void PermissionSets_Should_CoverEveryCustomFieldAndNothingElse()
    {
        // Arrange
        var expected = SfdxSource.CustomFieldNames("Activity").Select(f => "Activity." + f)
            .Concat(SfdxSource.CustomFieldNames("CrmSpm_Scorecard__c").Select(f => "CrmSpm_Scorecard__c." + f))
            .OrderBy(f => f, StringComparer.Ordinal);

        foreach (var set in PermissionSets())
        {
            // Act
            var fields = set.Descendants(Md + "fieldPermissions").Select(p => p.Element(Md + "field")!.Value).OrderBy(f => f, StringComparer.Ordinal);

            // Assert
            Assert.That(fields, Is.EqualTo(expected), set.Root!.Element(Md + "label")!.Value);
        }
    }

    [Test]
    public void RepPermissionSet_Should_OnlyLetRepsAnswerTipsAndReadScorecards()
    {
        // Arrange
        var rep = PermissionSets().Single(p => p.Root!.Element(Md + "label")!.Value == "CrmSpm Rep").Root!;
        var editable = rep.Elements(Md + "fieldPermissions")
            .Where(p => p.Element(Md + "editable")!.Value == "true")
            .Select(p => p.Element(Md + "field")!.Value);
        var scorecard = rep.Element(Md + "objectPermissions")!;

        // Assert
        Assert.That(editable, Is.EquivalentTo(new[] { "Activity.CrmSpm_Response__c", "Activity.CrmSpm_Dismiss_Reason__c", "Activity.CrmSpm_Snoozed_Until__c" }));
        Assert.That(scorecard.Element(Md + "allowRead")!.Value, Is.EqualTo("true"));
        Assert.That(scorecard.Element(Md + "allowCreate")!.Value, Is.EqualTo("false"));
        Assert.That(scorecard.Element(Md + "viewAllRecords")!.Value, Is.EqualTo("false"));
    }

    [Test]
    public void PermissionSets_Should_IncludeOneForRepsAndOneForManagers()
    {
        Assert.That(PermissionSets().Select(p => p.Root!.Element(Md + "label")!.Value), Is.SupersetOf(new[] { "CrmSpm Rep", "CrmSpm Manager" }));
    }
}
