using System.Text.Json.Nodes;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>Web API response bodies recorded in Fixtures/*.json, shaped as Dataverse returns them.</summary>
public static class Fixtures
{
    public const string Formatted = "@OData.Community.Display.V1.FormattedValue";

    /// <summary>A fresh, editable copy of a fixture file.</summary>
    public static JsonObject Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fileName)))?.AsObject()
        ?? throw new InvalidDataException($"{fileName} is not a JSON object.");
}
