namespace CrmSpm.EmbeddedOrg.Security;

// Table privileges of a security role (prv{Privilege}{Table}).
public enum Privilege
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}
