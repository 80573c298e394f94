using System.Security;

// The official assembly carries this attribute (contract §1.0) so partially trusted sandbox code can call it.
[assembly: AllowPartiallyTrustedCallers]
