using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// The org's Web API (/api/data/v9.2/) for pages that call it with fetch: answers from fixtures with the status and
/// body Dataverse gives, and records every request (method, decoded URL, headers that matter, body).
/// </summary>
public sealed class FakeWebApi
{
    private const string ApiPath = "/api/data/v9.2/";
    private readonly List<(string Method, string PathPrefix, int Status, JsonNode? Body)> answers = [];
    private readonly List<WebApiRequest> requests = [];

    public IReadOnlyList<WebApiRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Answers a GET whose decoded path and query start with <paramref name="pathPrefix"/> (after /api/data/v9.2/).</summary>
    public FakeWebApi Get(string pathPrefix, JsonNode body)
    {
        answers.Add(("GET", pathPrefix, 200, body));
        return this;
    }

    /// <summary>Answers a PATCH with 204 No Content, as an update without return=representation does.</summary>
    public FakeWebApi Patch(string pathPrefix)
    {
        answers.Add(("PATCH", pathPrefix, 204, null));
        return this;
    }

    /// <summary>Answers a PATCH with 200 and the row, as an update with Prefer: return=representation does.</summary>
    public FakeWebApi PatchReturning(string pathPrefix, JsonNode body)
    {
        answers.Add(("PATCH", pathPrefix, 200, body));
        return this;
    }

    /// <summary>Answers with a Dataverse error body {"error":{"code","message"}}.</summary>
    public FakeWebApi Fail(string method, string pathPrefix, int status, string code, string message)
    {
        answers.Add((method, pathPrefix, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }));
        return this;
    }

    public Task InstallAsync(IPage page) =>
        page.RouteAsync($"{StaticSite.Origin}{ApiPath}**", async route =>
        {
            var request = route.Request;
            var uri = new Uri(request.Url);
            var relative = Uri.UnescapeDataString(uri.AbsolutePath[ApiPath.Length..] + uri.Query);
            lock (requests)
            {
                requests.Add(new WebApiRequest(request.Method, relative, request.Headers, request.PostData));
            }

            var answer = answers.FirstOrDefault(candidate =>
                candidate.Method == request.Method && relative.StartsWith(candidate.PathPrefix, StringComparison.Ordinal));
            if (answer.Method is null)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 404,
                    ContentType = "application/json",
                    Body = new JsonObject { ["error"] = new JsonObject { ["code"] = "0x80060888", ["message"] = $"No fixture for {request.Method} {relative}" } }.ToJsonString(),
                });
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = answer.Status,
                ContentType = "application/json; odata.metadata=minimal",
                Headers = new Dictionary<string, string> { ["OData-Version"] = "4.0" },
                Body = answer.Body?.ToJsonString() ?? string.Empty,
            });
        });
}

/// <summary>One request a page sent to the Web API; <see cref="Url"/> is decoded and relative to /api/data/v9.2/.</summary>
public sealed record WebApiRequest(string Method, string Url, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
