extern alias plugins;
using System;
using plugins::CrmSpm.Plugins.Coaching;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Stable row ids for the generated org: the name-based UUID (version 5, RFC 9562 §5.5) of the generator's text id,
/// made by the plugins' one implementation (<see cref="TipIdentity.NameBased"/>). The same seed therefore gives the
/// same ids, so everything ordered by id or key prints in the same order every run.
/// </summary>
public static class DemoIds
{
    private static readonly Guid Namespace = new("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19");

    /// <summary>The row id of the generated record <paramref name="generatorId"/> (e.g. "rep-0001", "opp-0000042").</summary>
    public static Guid For(string generatorId)
    {
        ArgumentNullException.ThrowIfNull(generatorId);
        return TipIdentity.NameBased(Namespace, generatorId);
    }
}
