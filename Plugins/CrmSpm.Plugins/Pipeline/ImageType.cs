namespace CrmSpm.Plugins.Pipeline;

/// <summary>Values of <c>sdkmessageprocessingstepimage.imagetype</c> (contract §2.5).</summary>
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
}
