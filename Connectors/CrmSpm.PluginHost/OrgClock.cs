using System;
using CrmSpm.Core.Time;

namespace CrmSpm.PluginHost;

/// <summary>
/// Core's clock (the copy compiled into the plugin assembly) over the embedded org's time, so plugins and the org agree
/// on "now" (createdon, due dates, periods).
/// </summary>
public sealed class OrgClock : IClock
{
    private readonly TimeProvider _time;

    public OrgClock(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;
}
