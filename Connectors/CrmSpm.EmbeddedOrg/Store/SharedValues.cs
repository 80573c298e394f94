using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Store;

// Values many rows hold: one EntityReference per user or business unit (createdby, ownerid, owningbusinessunit…)
// and one boxed time per clock reading. Stored values are never handed out (reads copy them) nor changed in place,
// so rows can share them instead of allocating them on every write. Used under the org's lock only.
internal sealed class SharedValues
{
    private readonly Dictionary<(string Table, Guid Id), EntityReference> _references = new();
    private DateTime _time;
    private object? _boxedTime;

    public EntityReference Reference(string table, Guid id)
    {
        if (!_references.TryGetValue((table, id), out var reference))
        {
            reference = new EntityReference(table, id);
            _references[(table, id)] = reference;
        }

        return reference;
    }

    public object Box(DateTime time)
    {
        if (_boxedTime == null || _time.Ticks != time.Ticks || _time.Kind != time.Kind)
        {
            _time = time;
            _boxedTime = time;
        }

        return _boxedTime;
    }
}
