using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce.Sync.Mirror;

/// <summary>
/// One Salesforce object the sync reads: the fields every org has (checked against the field lists in
/// Tests/Connectors/CrmSpm.Salesforce.Emulator/Schema), the fields only some orgs have (read when the org's
/// describe lists them), our own custom fields (the metadata must be deployed), fields the config file names, the
/// field that dates a change, and how a row lands in the mirror.
/// </summary>
public sealed class SyncedObject
{
    public SyncedObject(string name, IReadOnlyList<string> fields, Action<OrgMirror, SObjectRecord> apply,
        IReadOnlyList<string>? optionalFields = null, IReadOnlyList<string>? customFields = null,
        IReadOnlyList<ConfiguredField>? configuredFields = null)
    {
        Name = name;
        Fields = fields;
        Apply = apply;
        OptionalFields = optionalFields ?? Array.Empty<string>();
        CustomFields = customFields ?? Array.Empty<string>();
        ConfiguredFields = configuredFields ?? Array.Empty<ConfiguredField>();
    }

    public string Name { get; }

    /// <summary>Standard fields of every org (Id and the change field included; IsDeleted where the object has it).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Standard fields that depend on the edition or a feature (e.g. multicurrency CurrencyIsoCode).</summary>
    public IReadOnlyList<string> OptionalFields { get; }

    /// <summary>Our CrmSpm_* fields: a run stops with "deploy the Salesforce metadata first" when one is missing.</summary>
    public IReadOnlyList<string> CustomFields { get; }

    /// <summary>Fields the config file names (e.g. territorySizeField): a run stops with a configuration error naming one the org lacks.</summary>
    public IReadOnlyList<ConfiguredField> ConfiguredFields { get; }

    /// <summary>Adds, replaces or (for deleted rows) removes the record in the mirror.</summary>
    public Action<OrgMirror, SObjectRecord> Apply { get; }

    /// <summary>The fields to select given what the org's describe listed (null: every field, e.g. offline tests).</summary>
    public IReadOnlyList<string> FieldsFor(IReadOnlyCollection<string>? described) =>
        Fields.Concat(CustomFields).Concat(ConfiguredFields.Select(f => f.Field))
            .Concat(described is null ? Enumerable.Empty<string>() : OptionalFields.Where(f => described.Contains(f)))
            .ToList();
}

/// <summary>A field named in the config file, with the setting that named it (for the error when the org lacks it).</summary>
public sealed record ConfiguredField(string Setting, string Field);
