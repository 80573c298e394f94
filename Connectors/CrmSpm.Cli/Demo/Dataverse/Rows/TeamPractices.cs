using System.Collections.Generic;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>A team's top-performer practices, from its <c>crmspm_modelstate</c> row's benchmarks, strongest effect first.</summary>
public sealed record TeamPractices(string Team, IReadOnlyList<Practice> Practices);
