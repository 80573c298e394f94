using System.Security;

// The official assembly carries this attribute so partially trusted sandbox code can call it.
[assembly: AllowPartiallyTrustedCallers]
