namespace CrmSpm.EmbeddedOrg.Pipeline;

// sdkmessageprocessingstepimage.imagetype values (contract §2.5).
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
