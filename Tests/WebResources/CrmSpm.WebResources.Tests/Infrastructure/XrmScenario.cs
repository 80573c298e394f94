using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// What the fake Xrm answers in one test: the user, the form's record, and the raw Web API response body for each
/// query, keyed "operation entity" (e.g. "retrieveRecord opportunity"). Serialised into the page before its scripts run.
/// </summary>
public sealed class XrmScenario
{
    /// <summary>The moment every test pins the browser clock to (Friday 27 November 2026, 09:00 UTC).</summary>
    public static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    private readonly JsonObject responses = new();

    public XrmScenario(string entityName, string formRecordId)
    {
        EntityName = entityName;
        FormRecordId = formRecordId;
    }

    public string EntityName { get; }

    /// <summary>The id as formContext.data.entity.getId() returns it: braces and upper case; "" on a create form.</summary>
    public string FormRecordId { get; }

    public int LanguageId { get; init; } = 1033;

    public int TimeZoneOffsetMinutes { get; init; }

    /// <summary>What globalContext.getCurrentTheme() answers; Dynamics' default is "default" (light).</summary>
    public string Theme { get; init; } = "default";

    /// <summary>userSettings.dateFormattingInfo.ShortDatePattern; null leaves dateFormattingInfo out.</summary>
    public string? ShortDatePattern { get; init; } = "M/d/yyyy";

    public string DateSeparator { get; init; } = "/";

    /// <summary>Keeps every Web API answer pending until the test calls window.__fakeXrm.release().</summary>
    public bool HoldResponses { get; init; }

    /// <summary>Rejection every updateRecord gets, shaped like Xrm.WebApi's error object; null means success.</summary>
    public JsonObject? UpdateError { get; init; }

    /// <summary>Answers <paramref name="operation"/> on <paramref name="entity"/> with a Web API response body.</summary>
    public XrmScenario Answer(string operation, string entity, JsonNode body)
    {
        responses[$"{operation} {entity}"] = new JsonObject { ["body"] = body.DeepClone() };
        return this;
    }

    /// <summary>Rejects <paramref name="operation"/> on <paramref name="entity"/> the way Xrm.WebApi does.</summary>
    public XrmScenario Fail(string operation, string entity, int errorCode, string message)
    {
        responses[$"{operation} {entity}"] = new JsonObject { ["error"] = XrmError(errorCode, message) };
        return this;
    }

    public static JsonObject XrmError(int errorCode, string message) => new() { ["errorCode"] = errorCode, ["message"] = message };

    /// <summary>The init script that defines window.__crmspmScenario for the page (and the fake form host).</summary>
    public string ToInitScript(bool handOverOnLoad, string? panelUrl = null, int frameWidth = 0, string? controlName = null)
    {
        var scenario = new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["userId"] = "{5C1C7B2E-0000-4000-8000-0000000000AA}",
                ["userName"] = "Megan Bowen",
                ["languageId"] = LanguageId,
                ["timeZoneOffsetMinutes"] = TimeZoneOffsetMinutes,
                ["theme"] = Theme,
                ["dateFormattingInfo"] = ShortDatePattern is null ? null : new JsonObject
                {
                    ["ShortDatePattern"] = ShortDatePattern,
                    ["DateSeparator"] = DateSeparator,
                    ["AbbreviatedMonthNames"] = new JsonArray("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""),
                },
            },
            ["record"] = new JsonObject { ["entityName"] = EntityName, ["id"] = FormRecordId },
            ["responses"] = responses.DeepClone(),
            ["updateError"] = UpdateError?.DeepClone(),
            ["holdResponses"] = HoldResponses,
            ["handOverOnLoad"] = handOverOnLoad,
            ["panelUrl"] = panelUrl,
            ["frameWidth"] = frameWidth,
            ["controlName"] = controlName,
        };
        return $"window.__crmspmScenario = {scenario.ToJsonString(new JsonSerializerOptions { WriteIndented = false })};";
    }
}
