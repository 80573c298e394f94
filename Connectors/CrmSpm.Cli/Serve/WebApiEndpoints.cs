using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// The Dataverse Web API routes the panels call, under <c>/api/data/v9.2/</c>: GET a row or a collection (OData
/// options or <c>fetchXml</c>), PATCH a row (with If-Match and <c>Prefer: return=representation</c>) and POST a row.
/// Organization service faults become the Web API's error body and status.
/// </summary>
public static class WebApiEndpoints
{
    public const string Root = "/api/data/v9.2/";

    // Error codes: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
    private const int ObjectDoesNotExist = unchecked((int)0x80040217);
    private const int PrivilegeDenied = unchecked((int)0x80040220);
    private const int UnexpectedError = unchecked((int)0x80040216);

    public static void Map(WebApplication app, WebApiService service, Func<HttpContext, Guid> userOf)
    {
        app.MapGet(Root + "{set}({id:guid})", (HttpContext http, string set, Guid id) =>
            Answer(http, () => Json(service.Retrieve(userOf(http), set, id, OptionsOf(http.Request), ContextBase(http)))));
        app.MapGet(Root + "{set}", (HttpContext http, string set) => Answer(http, () =>
        {
            var fetchXml = http.Request.Query["fetchXml"].FirstOrDefault();
            var options = fetchXml == null ? OptionsOf(http.Request) : null;
            return Json(service.RetrieveMultiple(userOf(http), set, options, fetchXml, ContextBase(http)));
        }));
        app.MapMethods(Root + "{set}({id:guid})", new[] { HttpMethods.Patch }, (HttpContext http, string set, Guid id) => Answer(http, async () =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var etag = service.Update(userOf(http), set, id, body, http.Request.Headers.IfMatch.FirstOrDefault());
            http.Response.Headers.ETag = etag;
            if (!PrefersRepresentation(http.Request))
            {
                return Results.NoContent();
            }

            var select = http.Request.Query["$select"].FirstOrDefault();
            var pairs = select == null ? new List<KeyValuePair<string, string>>() : new() { new("$select", select) };
            return Json(service.Retrieve(userOf(http), set, id, ODataOptions.From(pairs), ContextBase(http)));
        }));
        app.MapPost(Root + "{set}", (HttpContext http, string set) => Answer(http, async () =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            var id = service.Create(userOf(http), set, body);
            http.Response.Headers["OData-EntityId"] = ContextBase(http) + set + "(" + id.ToString("D") + ")";
            return Results.NoContent();
        }));
    }

    private static Task<IResult> Answer(HttpContext http, Func<IResult> work) => Answer(http, () => Task.FromResult(work()));

    private static async Task<IResult> Answer(HttpContext http, Func<Task<IResult>> work)
    {
        http.Response.Headers["OData-Version"] = "4.0";
        try
        {
            return await work();
        }
        catch (WebApiException problem)
        {
            return Error(problem.Status, problem.ErrorCode, problem.Message);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var code = fault.Detail.ErrorCode;
            var status = code == ObjectDoesNotExist ? 404 : code == PrivilegeDenied ? 403 : 400;
            return Error(status, code, fault.Detail.Message);
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or KeyNotFoundException or NotSupportedException)
        {
            // The panel shows the message under "Technical details"; the demo's console stays quiet.
            return Error(500, UnexpectedError, unexpected.Message);
        }
    }

    /// <summary>The Web API's error body (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).</summary>
    private static IResult Error(int status, int code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "0x" + code.ToString("x8"), ["message"] = message } }, statusCode: status);

    // Quotes inside values (ETags) stay readable as \" rather than \u0022; the body is JSON, never HTML.
    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(Relaxed), "application/json; odata.metadata=minimal");

    private static ODataOptions OptionsOf(HttpRequest request) =>
        ODataOptions.From(request.Query.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value.ToString())));

    private static bool PrefersRepresentation(HttpRequest request) =>
        request.Headers["Prefer"].Any(value => value != null && value.Contains("return=representation", StringComparison.OrdinalIgnoreCase));

    private static string ContextBase(HttpContext http) => http.Request.Scheme + "://" + http.Request.Host + Root;
}
