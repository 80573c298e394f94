using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>An embedded org with CrmSpm installed and the generated org's people and accounts in it.</summary>
public sealed class DemoOrg
{
    public DemoOrg(EmbeddedOrganization organization, ManualTimeProvider time)
    {
        Organization = organization ?? throw new ArgumentNullException(nameof(organization));
        Time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public EmbeddedOrganization Organization { get; }

    /// <summary>The org's clock: the replay moves it to each event's time.</summary>
    public ManualTimeProvider Time { get; }

    /// <summary>systemuser id of each generated rep, by generator id.</summary>
    public IDictionary<string, Guid> Reps { get; } = new Dictionary<string, Guid>(StringComparer.Ordinal);

    /// <summary>account id by generator id.</summary>
    public IDictionary<string, Guid> Accounts { get; } = new Dictionary<string, Guid>(StringComparer.Ordinal);

    /// <summary>The active scoring profile row.</summary>
    public Guid ProfileId { get; set; }

    /// <summary>The org's time as a UTC <see cref="DateTime"/>.</summary>
    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;
}
