using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Xrm.Sdk.Tests;

// Shared facts about the built surface assembly.
public abstract class SurfaceTestBase
{
    protected static Assembly Surface => typeof(IPlugin).Assembly;

    protected static readonly string[] OfficialNamespaces =
    {
        "Microsoft.Xrm.Sdk",
        "Microsoft.Xrm.Sdk.Query",
        "Microsoft.Xrm.Sdk.Messages",
        "Microsoft.Xrm.Sdk.Extensions",
    };

    // The published Microsoft shared-library public key, whose token is 31bf3856ad364e35.
    protected const string MicrosoftSharedPublicKeyHex =
        "0024000004800000940000000602000000240000525341310004000001000100b5fc90e7027f67871e773a8fde8938c81dd402ba65b9201d60593e96c492651e889cc13f1415ebb53fac1131ae0bd333c5ee6021672d9718ea31a8aebd0da0072f25d87dba6fc90ffd598ed4da35e44c398c454307e8e33b8426143daec9f596836f97c8f74750e5975c64e2189f45def46b2a2b1247adc3652bf5c308055da9";

    protected static PropertyInfo DeclaredProperty(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        ?? throw new AssertionException($"{type.Name} does not declare {name}");
}
