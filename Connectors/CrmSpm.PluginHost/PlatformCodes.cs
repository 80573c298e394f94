using System;
using System.Globalization;
using Plugin = CrmSpm.Plugins.Pipeline;
using Org = CrmSpm.EmbeddedOrg.Pipeline;

namespace CrmSpm.PluginHost;

/// <summary>
/// The bridge between the plugins' step enums (<see cref="Plugin.PipelineStage"/>, <see cref="Plugin.StepMode"/>,
/// <see cref="Plugin.ImageType"/>) and the org's: both hold Dataverse's own codes (sdkmessageprocessingstep.stage and
/// mode, sdkmessageprocessingstepimage.imagetype,
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep), which
/// travel as integers through customizations.xml. Neither project may reference the other (the org knows no product,
/// the plugins only the SDK), so the codes live in both enums and a test (PlatformCodesTests) proves them identical;
/// this class refuses a code the org does not define instead of casting it blindly.
/// </summary>
public static class PlatformCodes
{
    public static Org.PipelineStage Stage(string code) => Parse<Org.PipelineStage>(code, "Stage");

    public static Org.StepMode Mode(string code) => Parse<Org.StepMode>(code, "Mode");

    public static Org.ImageType Image(string code) => Parse<Org.ImageType>(code, "ImageType");



    private static T Parse<T>(string code, string element)
        where T : struct, Enum
    {
        if (!int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || !Enum.IsDefined(typeof(T), value))
        {
            throw new ArgumentException($"<{element}>{code}</{element}> is not a {typeof(T).Name} code the platform defines.");
        }

        return (T)Enum.ToObject(typeof(T), value);
    }
}
