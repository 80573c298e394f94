using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Salesforce.Http;

/// <summary>A REST call failed. Every error of the response is kept, with its code, message and fields.</summary>
public class SalesforceApiException : Exception
{
    public SalesforceApiException(string method, string path, int httpStatus, IReadOnlyList<SalesforceError> errors)
        : base(Describe(method, path, httpStatus, errors))
    {
        Method = method;
        Path = path;
        HttpStatus = httpStatus;
        Errors = errors;
    }

    public string Method { get; }

    /// <summary>The resource path without its query string (which may hold record data).</summary>
    public string Path { get; }

    public int HttpStatus { get; }

    public IReadOnlyList<SalesforceError> Errors { get; }

    public bool HasErrorCode(string code) => Errors.Any(e => e.Code == code);

    private static string Describe(string method, string path, int status, IReadOnlyList<SalesforceError> errors)
    {
        var details = errors.Count == 0 ? "no error details" : string.Join("; ", errors);
        return $"Salesforce {method} {path} answered {status}: {details}";
    }
}
