using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>Response shapes: JSON with charset, error arrays with errorCode
/// (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).</summary>
public static class Wire
{
    public const string JsonContentType = "application/json;charset=UTF-8";

    public static JsonArray Errors(params (string Code, string Message)[] errors) =>
        new(errors.Select(e => (JsonNode)new JsonObject { ["message"] = e.Message, ["errorCode"] = e.Code }).ToArray());

    public static JsonObject ItemError(string statusCode, string message, params string[] fields) => new()
    {
        ["statusCode"] = statusCode,
        ["message"] = message,
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
    };

    public static Task WriteJsonAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is null)
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = JsonContentType;
        return context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message) =>
        WriteJsonAsync(context, status, Errors((code, message)));
}
