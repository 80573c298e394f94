using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// A request got no usable answer: no connection, no answer in time, or a 2xx whose body is not the JSON
/// Salesforce sends (a proxy's HTML page, an empty 204). The message names the request and the org's public host
/// only: never an address, a port, a token or a query string.
/// </summary>
public sealed class SalesforceTransportException : Exception
{
    public SalesforceTransportException(SalesforceRequestKind kind, string host, string problem, Exception? inner = null)
        : base($"The {Name(kind)} request to {host} {problem}.", inner)
    {
        Kind = kind;
        Host = host;
    }

    public SalesforceRequestKind Kind { get; }

    public string Host { get; }

    public static SalesforceTransportException NotConnected(SalesforceRequestKind kind, Uri uri, HttpRequestException exception) =>
        new(kind, uri.Host, "failed: " + Reason(exception), exception);

    public static SalesforceTransportException NotJson(SalesforceRequestKind kind, Uri uri, int status, string? contentType, string body)
    {
        var what = body.Trim().Length == 0 ? "no body"
            : contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase) ? "an HTML page (a proxy or sign-in page?)"
            : "something that is not JSON";
        return new SalesforceTransportException(kind, uri.Host, $"was answered with status {status} and {what} instead of Salesforce's JSON");
    }

    private static string Name(SalesforceRequestKind kind) => kind switch
    {
        SalesforceRequestKind.Login => "login",
        SalesforceRequestKind.Query => "query",
        SalesforceRequestKind.Describe => "describe",
        _ => "write",
    };

    // Plain words for the usual causes; HttpRequestException's own text names the socket's address and port.
    private static string Reason(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return "the connection was refused (is the URL right, is the server up?)";
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return "the host name could not be found (check loginUrl in the config)";
                case SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.NetworkUnreachable or SocketError.HostUnreachable }:
                    return "the network could not reach the host";
                case AuthenticationException:
                    return "the secure (TLS) connection could not be set up";
                case IOException:
                    return "the connection was closed before the answer arrived";
            }
        }

        return "the connection could not be made";
    }
}
