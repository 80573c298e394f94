using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Auth;

/// <summary>Obtains a fresh session. Called once at start and again after a 401 INVALID_SESSION_ID.</summary>
public interface ISalesforceAuthenticator
{
    Task<SalesforceSession> AuthenticateAsync(CancellationToken cancellationToken);
}
