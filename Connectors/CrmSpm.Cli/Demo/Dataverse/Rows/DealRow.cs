using System;
using System.Collections.Generic;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>An open opportunity (<paramref name="Id"/>, its row) with its owner's user row, its deal score and reasons (<c>crmspm_dealscore</c>, <c>crmspm_dealscorereasons</c>).</summary>
public sealed record DealRow(Guid Id, string Name, Guid OwnerId, string Owner, int? Score, IReadOnlyList<string> Helps, IReadOnlyList<string> Hurts);
