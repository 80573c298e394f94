using System.Collections.Generic;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>An open opportunity's deal score and its reasons (<c>crmspm_dealscore</c>, <c>crmspm_dealscorereasons</c>).</summary>
public sealed record DealRow(string Name, string Owner, int? Score, IReadOnlyList<string> Helps, IReadOnlyList<string> Hurts);
