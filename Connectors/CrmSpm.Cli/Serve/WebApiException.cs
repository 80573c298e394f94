using System;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// A refusal answered with the Web API's error body <c>{"error":{"code":"0x…","message":"…"}}</c> and an HTTP status
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
/// </summary>
public sealed class WebApiException : Exception
{
    /// <summary>Dataverse's code for a query or body it cannot read (the platform answers 400 with it).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>ConcurrencyVersionMismatch: If-Match named another version of the row (412).</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    public WebApiException(int status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    public int Status { get; }

    public int ErrorCode { get; }

    public static WebApiException BadRequest(string message) => new(400, InvalidArgument, message);

    public static WebApiException NotFound(string message) => new(404, unchecked((int)0x80060888), message);
}
