namespace Microsoft.Xrm.Sdk;

// Contract §1.6 (values in official declaration order).
public enum ConcurrencyBehavior
{
    Default,
    IfRowVersionMatches,
    AlwaysOverwrite,
}
