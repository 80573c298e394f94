using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>
/// One step of a plugin, declared once in code beside the plugin class. The solution packer
/// (Solution/CrmSpm.SolutionPacker) generates the solution's <c>SdkMessageProcessingStep</c> XML from it, which both
/// Dataverse and the embedded org register on import; docs/plugins.md describes it.
/// </summary>
public sealed class StepRegistration
{
    public StepRegistration(
        string message,
        string primaryEntity,
        PipelineStage stage,
        StepMode mode,
        StepUser writesAs,
        int rank = 1,
        IEnumerable<string>? filteringAttributes = null,
        IEnumerable<ImageRegistration>? images = null)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("A step needs a message.", nameof(message));
        }

        if (mode == StepMode.Asynchronous && stage != PipelineStage.PostOperation)
        {
            // "Asynchronous plug-ins can only be registered for the PostOperation stage." (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline)
            throw new ArgumentException("Asynchronous steps run in PostOperation only.", nameof(mode));
        }

        var imageList = (images ?? Enumerable.Empty<ImageRegistration>()).ToArray();
        if (imageList.Any(i => i.Type == ImageType.PostImage) && stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException("Post images exist only in PostOperation (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).", nameof(images));
        }

        Message = message;
        PrimaryEntity = primaryEntity;
        Stage = stage;
        Mode = mode;
        WritesAs = writesAs;
        Rank = rank;
        FilteringAttributes = (filteringAttributes ?? Enumerable.Empty<string>()).ToArray();
        Images = imageList;
    }

    public string Message { get; }

    /// <summary>The table; empty for a custom API bound to no table.</summary>
    public string PrimaryEntity { get; }

    public PipelineStage Stage { get; }

    public StepMode Mode { get; }

    public StepUser WritesAs { get; }

    /// <summary>Execution order within the stage, lowest first (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).</summary>
    public int Rank { get; }

    /// <summary>For Update: the step runs only when one of these columns is in the request (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).</summary>
    public IReadOnlyList<string> FilteringAttributes { get; }

    public IReadOnlyList<ImageRegistration> Images { get; }

    /// <summary>The comma-separated form that <c>sdkmessageprocessingstep.filteringattributes</c> stores.</summary>
    public string FilteringAttributesText => string.Join(",", FilteringAttributes);

    /// <summary>The step's display name, in the form Dataverse exports use: "{type}: {message} of {entity}".</summary>
    public string NameFor(Type pluginType) =>
        string.IsNullOrEmpty(PrimaryEntity)
            ? $"{pluginType.FullName}: {Message}"
            : $"{pluginType.FullName}: {Message} of {PrimaryEntity}";
}
