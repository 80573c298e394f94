namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstepimage.imagetype values (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage).
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
