using System;
using System.IO;
using System.Text.Json;

namespace CrmSpm.Cli.Import.Mapping;

/// <summary>Loads a JSON mapping file (docs/mappings/README.md) and applies <c>--map field=Header</c> overrides.</summary>
public static class MappingFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The mapping in <paramref name="path"/>; a <see cref="ImportConfigurationException"/> in plain words when it cannot be used.</summary>
    public static ImportMapping Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportConfigurationException("The mapping file " + path + " cannot be read: " + e.Message);
        }

        try
        {
            return JsonSerializer.Deserialize<ImportMapping>(text, Options)
                ?? throw new ImportConfigurationException("The mapping file " + path + " is empty.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber.HasValue ? " line " + (e.LineNumber.Value + 1) : "";
            var entry = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : " (entry " + e.Path.TrimStart('$', '.') + ")";
            throw new ImportConfigurationException("The mapping file " + path + ", " + where.TrimStart() + entry +
                ": an unknown field name or a value of the wrong kind; docs/mappings/README.md lists the fields.");
        }
    }

    /// <summary>Sets <c>file.field</c> (e.g. <c>opportunities.pipelineAmount</c>) to the column <c>Header</c>; an empty header unmaps it.</summary>
    public static void Apply(ImportMapping mapping, string assignment)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        var dot = assignment.IndexOf('.', StringComparison.Ordinal);
        if (equals < 0 || dot < 0 || dot > equals)
        {
            throw new ImportConfigurationException("--map " + assignment + ": write it as file.field=Column header, e.g. opportunities.pipelineAmount=Amount.");
        }

        var target = assignment.Substring(0, dot).Trim().ToLowerInvariant() switch
        {
            "opportunities" => (object)mapping.Opportunities,
            "users" => mapping.Users,
            "accounts" => mapping.Accounts,
            "products" => mapping.Products,
            "activities" => mapping.Activities,
            _ => throw new ImportConfigurationException("--map " + assignment + ": the file must be opportunities, users, accounts, products or activities."),
        };
        var field = assignment.Substring(dot + 1, equals - dot - 1).Trim();
        var property = target.GetType().GetProperty(field, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        if (property == null || property.PropertyType != typeof(string))
        {
            throw new ImportConfigurationException("--map " + assignment + ": " + field + " is not a field of that file; docs/mappings/README.md lists the fields.");
        }

        var header = assignment.Substring(equals + 1).Trim();
        property.SetValue(target, header.Length == 0 ? null : header);
    }
}

/// <summary>A problem with the command's configuration (mapping, culture, missing columns): exit code 2.</summary>
public sealed class ImportConfigurationException : Exception
{
    public ImportConfigurationException(string message)
        : base(message)
    {
    }
}
