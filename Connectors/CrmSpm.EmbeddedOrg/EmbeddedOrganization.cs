using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Counters;
using CrmSpm.EmbeddedOrg.Messages;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Service;
using CrmSpm.EmbeddedOrg.Store;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Solutions;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg;

// A thread-safe in-memory Dataverse organization with the plugin pipeline, for tests and `crmspm demo`.
// Start here: services (as SYSTEM or as a user), step registration, users and roles, seeding, async jobs,
// counters and traces. README.md beside this file describes the behaviour and the public documents it follows.
public sealed class EmbeddedOrganization : IOrganizationServiceFactory
{
    private readonly OrgRuntime _runtime;
    private readonly MessagePipeline _pipeline;
    private readonly AsyncJobRunner _asyncRunner;
    private readonly Dictionary<string, SecurityRole> _roles = new(StringComparer.Ordinal);

    public EmbeddedOrganization(EmbeddedOrgOptions? options = null)
    {
        _runtime = new OrgRuntime(options ?? new EmbeddedOrgOptions());
        var invoker = new StepInvoker(_runtime, (runtime, userId, scope) => new OrganizationService(runtime, _pipeline!, userId, scope));
        _pipeline = new MessagePipeline(_runtime, invoker);
        _asyncRunner = new AsyncJobRunner(_runtime, invoker);
        SeedSystemRows();
    }

    public Guid OrganizationId => _runtime.Options.OrganizationId;

    public string OrganizationName => _runtime.Options.OrganizationName;

    public Guid SystemUserId => _runtime.Options.SystemUserId;

    public Guid RootBusinessUnitId => _runtime.Options.RootBusinessUnitId;

    public TimeProvider Clock => _runtime.Clock;

    public OperationCounters Counters => _runtime.Counters;

    // The service as SYSTEM: no security checks.
    public IOrganizationService SystemService => ServiceFor(SystemUserId);

    // Plugin traces, oldest first (bounded by EmbeddedOrgOptions.MaxTraceEntries).
    public IReadOnlyList<PluginTrace> Traces => _runtime.Traces.Snapshot();

    public IReadOnlyList<SystemJob> SystemJobs => Locked(() => _runtime.SystemJobs.ToList());

    public int PendingAsyncOperations => Locked(() => _runtime.PendingJobs.Count);

    // The service as a user, with that user's roles applied. The user must exist (CreateUser or a systemuser row).
    public IOrganizationService ServiceFor(Guid userId) => new OrganizationService(_runtime, _pipeline, userId, null);

    // IOrganizationServiceFactory from outside any plugin: null or Guid.Empty is SYSTEM.
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        ServiceFor(userId is { } id && id != Guid.Empty ? id : SystemUserId);

    public Guid RegisterStep(StepRegistration registration) => Locked(() => _runtime.Steps.Register(registration));

    public bool UnregisterStep(Guid stepId) => Locked(() => _runtime.Steps.Unregister(stepId));

    // The org's metadata: the stock tables, then what solutions and DefineTable added. Read it; change it through
    // ImportSolution, DefineTable, DefineAlternateKey and DefineManyToMany.
    public TableCatalog Metadata => _runtime.Catalog;

    // Security roles imported from solutions, by name.
    public IReadOnlyDictionary<string, SecurityRole> Roles
    {
        get
        {
            lock (_runtime.Gate)
            {
                return new Dictionary<string, SecurityRole>(_roles, StringComparer.Ordinal);
            }
        }
    }

    public SecurityRole Role(string name) =>
        Roles.TryGetValue(name, out var role) ? role : throw new KeyNotFoundException($"No imported security role is named '{name}'.");

    // Provisions a solution in one call from its customizations.xml: tables, columns, keys, relationships, roles.
    public ImportedSolution ImportSolution(XDocument customizations)
    {
        lock (_runtime.Gate)
        {
            var imported = CustomizationsImporter.Read(customizations, _runtime.Catalog);
            foreach (var role in imported.Roles)
            {
                _roles[role.Name] = role;
            }

            return imported;
        }
    }

    // A table of a test's own, in code. New tables get Dataverse's standard columns (ids, audit, owner, state).
    public TableDefinition DefineTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        lock (_runtime.Gate)
        {
            return _runtime.Catalog.AddOrMerge(_runtime.Catalog.Find(table.Name) == null ? StandardColumns.AddTo(table) : table);
        }
    }

    public void DefineManyToMany(string schemaName, string table1, string table2)
    {
        lock (_runtime.Gate)
        {
            _runtime.Catalog.DefineManyToMany(schemaName, table1, table2);
        }
    }

    public void DefineRelationship(RelationshipDefinition relationship)
    {
        lock (_runtime.Gate)
        {
            _runtime.Catalog.AddRelationship(relationship);
        }
    }

    // Declares an alternate key (a table may have several). KeyAttributes on Upsert, Update, Retrieve and Delete
    // must form exactly one of the table's keys, as in Dataverse.
    public void DefineAlternateKey(string table, params string[] columns)
    {
        lock (_runtime.Gate)
        {
            _runtime.Catalog.DefineAlternateKey(table, columns);
        }
    }

    // An owner team in a business unit (the root one by default) with its members; AssignRole(teamId, role) gives
    // the members the team's role, and rows the team owns are theirs at User depth.
    public Guid CreateTeam(string name, Guid? businessUnitId = null, params Guid[] members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var id = Seed(new Entity(TableNames.Team)
        {
            [ColumnNames.Name] = name,
            [ColumnNames.BusinessUnitId] = new EntityReference(TableNames.BusinessUnit, businessUnitId ?? RootBusinessUnitId),
        });
        foreach (var member in members ?? Array.Empty<Guid>())
        {
            AddTeamMember(id, member);
        }

        return id;
    }

    public void AddTeamMember(Guid teamId, Guid userId)
    {
        lock (_runtime.Gate)
        {
            _runtime.Access.AddTeamMember(teamId, userId);
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> AlternateKeysOf(string table) => _runtime.Catalog.AlternateKeys(table);

    public Guid CreateBusinessUnit(string name, Guid? parentBusinessUnitId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var unit = new Entity(TableNames.BusinessUnit)
        {
            [ColumnNames.Name] = name,
            [ColumnNames.ParentBusinessUnitId] = new EntityReference(TableNames.BusinessUnit, parentBusinessUnitId ?? RootBusinessUnitId),
        };
        return Seed(unit);
    }

    // A user in a business unit (the root one by default) with an optional manager and roles.
    public Guid CreateUser(string fullName, Guid? businessUnitId = null, Guid? managerId = null, params SecurityRole[] roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var user = new Entity(TableNames.SystemUser)
        {
            [ColumnNames.FullName] = fullName,
            [ColumnNames.BusinessUnitId] = new EntityReference(TableNames.BusinessUnit, businessUnitId ?? RootBusinessUnitId),
        };
        if (managerId.HasValue)
        {
            user[ColumnNames.ParentSystemUserId] = new EntityReference(TableNames.SystemUser, managerId.Value);
        }

        var id = Seed(user);
        foreach (var role in roles ?? Array.Empty<SecurityRole>())
        {
            AssignRole(id, role);
        }

        return id;
    }

    // A role for a user or a team (team members hold the team's roles).
    public void AssignRole(Guid principalId, SecurityRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (_runtime.Gate)
        {
            _runtime.Access.AssignRole(principalId, role);
        }
    }

    // Stores a copy of the row directly: no plugins, no security, no counters. Missing system columns get defaults;
    // given ones (createdon, ownerid, statecode…) are kept, so a demo can replay history. The table, columns, value
    // types and state/status pair must still match metadata.
    public Guid Seed(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(entity.LogicalName);
        lock (_runtime.Gate)
        {
            var id = entity.Id != Guid.Empty ? entity.Id : _runtime.Ids.Next();
            var values = CreateHandler.CopyValues(entity);
            SystemColumns.ApplyDefaults(_runtime, _runtime.Catalog.Require(entity.LogicalName), SystemUserId, _runtime.UtcNow, values);
            RecordValidator.CheckStored(_runtime.Catalog, entity.LogicalName, values);
            _runtime.Store.Insert(entity.LogicalName, id, values, undo: null);
            return id;
        }
    }

    public void Seed(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            Seed(entity);
        }
    }

    public int RowCount(string table)
    {
        lock (_runtime.Gate)
        {
            return _runtime.Store.FindTable(table)?.Count ?? 0;
        }
    }

    // Runs the queued asynchronous steps now (and any they queue); returns how many ran. Failures land in SystemJobs.
    public int RunAsyncOperations() => _asyncRunner.RunAll();

    public void ClearTraces() => _runtime.Traces.Clear();

    // Tests: runs interleaved once, just before the next request (at any depth) that when matches, as another host's
    // work landing between two calls (say a second async job between a job's read and its write).
    public void InterleaveBefore(Func<OrganizationRequest, bool> when, Action interleaved) =>
        Locked(() => _runtime.Interleave = new RequestInterleave(when ?? throw new ArgumentNullException(nameof(when)), interleaved ?? throw new ArgumentNullException(nameof(interleaved))));

    private T Locked<T>(Func<T> read)
    {
        lock (_runtime.Gate)
        {
            return read();
        }
    }

    private void SeedSystemRows()
    {
        var store = _runtime.Store;
        var now = _runtime.UtcNow;
        var unit = new Dictionary<string, object>(StringComparer.Ordinal) { [ColumnNames.Name] = OrganizationName };
        SystemColumns.ApplyDefaults(_runtime, _runtime.Catalog.Require(TableNames.BusinessUnit), SystemUserId, now, unit);
        store.Insert(TableNames.BusinessUnit, RootBusinessUnitId, unit, undo: null);
        var system = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ColumnNames.FullName] = "SYSTEM",
            [ColumnNames.BusinessUnitId] = new EntityReference(TableNames.BusinessUnit, RootBusinessUnitId),
        };
        SystemColumns.ApplyDefaults(_runtime, _runtime.Catalog.Require(TableNames.SystemUser), SystemUserId, now, system);
        store.Insert(TableNames.SystemUser, SystemUserId, system, undo: null);
    }
}
