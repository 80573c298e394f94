using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>An entity image a step asks for: its type, alias and the columns it carries (never "all columns").</summary>
public sealed class ImageRegistration
{
    private ImageRegistration(ImageType type, string alias, IEnumerable<string> attributes)
    {
        var columns = attributes.ToArray();
        if (columns.Length == 0)
        {
            // An empty list means "all columns" to the registration tool: always name them.
            throw new ArgumentException("An image must list its columns.", nameof(attributes));
        }

        Type = type;
        Alias = alias;
        Attributes = columns;
    }

    public ImageType Type { get; }

    /// <summary>The key under which the image appears in PreEntityImages / PostEntityImages.</summary>
    public string Alias { get; }

    public IReadOnlyList<string> Attributes { get; }

    /// <summary>The request property the image is taken from; <c>Target</c> for Create and Update (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#define-entity-images).</summary>
    public string MessagePropertyName => Model.MessageNames.Target;

    public static ImageRegistration Pre(IEnumerable<string> attributes) =>
        new ImageRegistration(ImageType.PreImage, Model.MessageNames.PreImage, attributes);

    public static ImageRegistration Post(IEnumerable<string> attributes) =>
        new ImageRegistration(ImageType.PostImage, Model.MessageNames.PostImage, attributes);
}
