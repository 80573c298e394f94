using System.Reflection;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Emulator.Support;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// The fields the emulated org has per object: standard fields from Schema/standard-objects.json (see
/// Schema/SOURCES.md; User has no IsDeleted, OpportunityFieldHistory no SystemModstamp), the edition- or
/// feature-dependent ones only when <see cref="EmulatorOptions.VaryingFields"/> switches them on, and our custom
/// fields from the SFDX source in Solution/Salesforce unless <see cref="EmulatorOptions.UndeployedFields"/> hides
/// them, and an admin's own custom fields (<see cref="EmulatorOptions.OrgCustomFields"/>). Selecting or writing any other field fails as in a real org.
/// </summary>
public sealed class EmulatorSchema
{
    private const string Scorecard = "CrmSpm_Scorecard__c";

    private static readonly Lazy<JsonObject> Standard = new(LoadStandard);

    private readonly Dictionary<string, SObjectSchema> _objects = new(StringComparer.OrdinalIgnoreCase);

    public EmulatorSchema(EmulatorOptions options)
    {
        foreach (var (name, node) in Standard.Value["objects"]!.AsObject())
        {
            var fields = Types(node!["fields"]);
            foreach (var (field, type) in Types(node["variesByOrg"]))
            {
                if (options.VaryingFields.Contains(field) || options.VaryingFields.Contains($"{name}.{field}"))
                {
                    fields[field] = type;
                }
            }

            _objects[name] = new SObjectSchema(name, node["keyPrefix"]!.GetValue<string>(), fields);
        }

        foreach (var qualified in options.OrgCustomFields)
        {
            var dot = qualified.IndexOf('.');
            _objects[qualified[..dot]].Fields[qualified[(dot + 1)..]] = "custom";
        }

        // Tasks and Events share the Activity custom fields; the scorecard object is ours alone.
        AddCustom("Task", "Activity", options);
        AddCustom("Event", "Activity", options);
        var scorecardFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Id"] = "id", ["Name"] = "string", ["OwnerId"] = "reference", ["IsDeleted"] = "boolean", ["CreatedDate"] = "datetime",
            ["CreatedById"] = "reference", ["LastModifiedDate"] = "datetime", ["LastModifiedById"] = "reference", ["SystemModstamp"] = "datetime",
        };
        if (!options.UndeployedFields.Contains(Scorecard))
        {
            _objects[Scorecard] = new SObjectSchema(Scorecard, "a0S", scorecardFields);
            AddCustom(Scorecard, Scorecard, options);
        }
    }

    public IEnumerable<string> ObjectNames => _objects.Keys;

    public bool IsKnownObject(string type) => _objects.ContainsKey(type);

    public string KeyPrefix(string type) => _objects[type].KeyPrefix;

    public string CanonicalName(string type) => _objects[type].Name;

    public bool HasField(string type, string field) => _objects[type].Fields.ContainsKey(field);

    public string CanonicalField(string type, string field) => _objects[type].Fields.Keys.First(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));

    /// <summary>Field name → describe type of an object, in name order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields(string type) =>
        _objects[type].Fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    private void AddCustom(string type, string folder, EmulatorOptions options)
    {
        foreach (var field in SfdxSource.CustomFieldNames(folder))
        {
            if (!options.UndeployedFields.Contains(field) && !options.UndeployedFields.Contains($"{type}.{field}"))
            {
                _objects[type].Fields[field] = "custom";
            }
        }
    }

    private static Dictionary<string, string> Types(JsonNode? node) =>
        node!.AsObject().ToDictionary(f => f.Key, f => f.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);

    private static JsonObject LoadStandard()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CrmSpm.Salesforce.Emulator.standard-objects.json")
            ?? throw new InvalidOperationException("standard-objects.json is not embedded.");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private sealed record SObjectSchema(string Name, string KeyPrefix, Dictionary<string, string> Fields);
}
