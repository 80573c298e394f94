using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// An entity image of a step: the alias is the key in Pre/PostEntityImages; no columns means every column.
public sealed class StepImage
{
    public StepImage(string alias, ImageType type, params string[] columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        Alias = alias;
        Type = type;
        Columns = columns ?? Array.Empty<string>();
    }

    public string Alias { get; }

    public ImageType Type { get; }

    public IReadOnlyList<string> Columns { get; }

    internal bool IsPre => Type is ImageType.PreImage or ImageType.Both;

    internal bool IsPost => Type is ImageType.PostImage or ImageType.Both;
}
