namespace CrmSpm.Plugins.Pipeline;

/// <summary>Values of <c>sdkmessageprocessingstepimage.imagetype</c> (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage).</summary>
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
}
