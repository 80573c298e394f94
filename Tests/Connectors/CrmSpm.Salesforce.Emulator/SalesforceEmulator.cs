using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// A stateful loopback emulator of the Salesforce REST subset the connector uses, on Kestrel at
/// 127.0.0.1 with a free port. Wire-exact to the contract notes: token endpoint, query/queryAll paging,
/// sObject Collections, upsert by external id, error arrays, Sforce-Limit-Info, 401/403 semantics.
/// </summary>
public sealed class SalesforceEmulator : IAsyncDisposable
{
    private static readonly Regex DataPath = new("^/services/data/(v\\d+\\.\\d+)(/.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex SingleUpsert = new("^/sobjects/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)/(.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Describe = new("^/sobjects/([A-Za-z0-9_]+)/describe/?$", RegexOptions.CultureInvariant);
    private static readonly Regex CollectionUpsert = new("^/composite/sobjects/([A-Za-z0-9_]+)/([A-Za-z0-9_]+)$", RegexOptions.CultureInvariant);

    private readonly WebApplication _app;
    private readonly HashSet<string> _validTokens = new();
    private readonly TokenHandler _tokens;
    private readonly QueryHandler _queries;
    private readonly WriteHandler _writes;
    private readonly DescribeHandler _describes;
    private long _apiUsed;

    private SalesforceEmulator(WebApplication app, EmulatorOptions options)
    {
        _app = app;
        Options = options;
        Store = new EmulatorStore(options.Clock, new EmulatorSchema(options));
        _tokens = new TokenHandler(options, _validTokens, () => BaseUrl.ToString().TrimEnd('/'));
        _queries = new QueryHandler(Store, options, Stats);
        _writes = new WriteHandler(Store, Stats, Faults);
        _describes = new DescribeHandler(Store, Stats);
        app.Run(DispatchAsync);
    }

    public EmulatorOptions Options { get; }

    public EmulatorStore Store { get; }

    public FaultPlan Faults { get; } = new();

    public EmulatorStats Stats { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Form posts to the token endpoint, to check that secrets travel in the body.</summary>
    public IReadOnlyList<IFormCollection> TokenForms => _tokens.ReceivedForms;

    public long ApiUsed => Interlocked.Read(ref _apiUsed);

    public static async Task<SalesforceEmulator> StartAsync(EmulatorOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var emulator = new SalesforceEmulator(builder.Build(), options ?? new EmulatorOptions());
        await emulator._app.StartAsync();
        var address = emulator._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return emulator;
    }

    /// <summary>Every issued access token stops working, as when a session times out.</summary>
    public void ExpireSessions()
    {
        lock (_validTokens)
        {
            _validTokens.Clear();
        }
    }

    /// <summary>Sets today's API usage (to test the daily limit).</summary>
    public void SetApiUsed(long used) => Interlocked.Exchange(ref _apiUsed, used);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path == "/services/oauth2/token" && HttpMethods.IsPost(context.Request.Method))
        {
            Stats.CountToken();
            if (Faults.TakeLoginResponse() is { } refused)
            {
                context.Response.StatusCode = refused.Status;
                context.Response.ContentType = refused.ContentType;
                await context.Response.WriteAsync(refused.Body);
                return;
            }

            await _tokens.HandleAsync(context);
            return;
        }

        var match = DataPath.Match(path);
        if (!match.Success)
        {
            await Wire.WriteErrorAsync(context, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }

        Stats.CountData();
        lock (Stats.ReceivedUrls)
        {
            Stats.ReceivedUrls.Add(context.Request.Path + context.Request.QueryString);
            Stats.ReceivedAuthorizationHeaders.Add(context.Request.Headers.Authorization.ToString());
        }

        if (!IsAuthorized(context))
        {
            context.Response.Headers.WWWAuthenticate = "Token";
            await Wire.WriteErrorAsync(context, 401, "INVALID_SESSION_ID", "Session expired or invalid");
            return;
        }

        var used = Interlocked.Increment(ref _apiUsed);
        context.Response.Headers["Sforce-Limit-Info"] = $"api-usage={Math.Min(used, Options.DailyApiLimit)}/{Options.DailyApiLimit}";
        if (used > Options.DailyApiLimit)
        {
            await Wire.WriteErrorAsync(context, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            return;
        }

        if (Faults.TakeResponse() is { } canned)
        {
            if (canned.Delay == Timeout.InfiniteTimeSpan)
            {
                Faults.ReportHanging();
            }

            await Task.Delay(canned.Delay, context.RequestAborted);
            if (canned.Status != 0)
            {
                context.Response.StatusCode = canned.Status;
                context.Response.ContentType = canned.ContentType;
                await context.Response.WriteAsync(canned.Body);
                return;
            }
        }

        await RouteAsync(context, match.Groups[1].Value, match.Groups[2].Value);
    }

    private Task RouteAsync(HttpContext context, string version, string resource)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) && resource == "/query")
        {
            return _queries.QueryAsync(context, version, includeDeleted: false);
        }

        if (HttpMethods.IsGet(method) && resource == "/queryAll")
        {
            return _queries.QueryAsync(context, version, includeDeleted: true);
        }

        if (HttpMethods.IsGet(method) && resource.StartsWith("/query/", StringComparison.Ordinal))
        {
            return _queries.MoreAsync(context, version, resource["/query/".Length..]);
        }

        if (HttpMethods.IsGet(method) && Describe.Match(resource) is { Success: true } describe)
        {
            return _describes.DescribeAsync(context, describe.Groups[1].Value);
        }

        if (HttpMethods.IsPost(method) && resource == "/composite")
        {
            return _describes.CompositeAsync(context);
        }

        if (resource == "/composite/sobjects" && (HttpMethods.IsPost(method) || HttpMethods.IsPatch(method)))
        {
            return _writes.CollectionAsync(context, null, null);
        }

        if (resource == "/composite/sobjects" && HttpMethods.IsDelete(method))
        {
            return _writes.DeleteAsync(context);
        }

        if (HttpMethods.IsPatch(method) && CollectionUpsert.Match(resource) is { Success: true } upsert)
        {
            return _writes.CollectionAsync(context, upsert.Groups[1].Value, upsert.Groups[2].Value);
        }

        if (HttpMethods.IsPatch(method) && SingleUpsert.Match(resource) is { Success: true } single)
        {
            return _writes.UpsertOneAsync(context, version, single.Groups[1].Value, single.Groups[2].Value,
                Uri.UnescapeDataString(single.Groups[3].Value));
        }

        return Wire.WriteErrorAsync(context, 404, "NOT_FOUND", "The requested resource does not exist");
    }

    private bool IsAuthorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        lock (_validTokens)
        {
            return _validTokens.Contains(header["Bearer ".Length..]);
        }
    }
}
