using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// The English labels of the solution's choice and yes/no columns, read from its customizations.xml, for the
/// formatted-value annotations. Columns without declared labels (stock state and status) get none.
/// </summary>
public sealed class OptionLabels
{
    private const string English = "1033";
    private readonly Dictionary<(string Table, string Column, int Value), string> labels = new();

    public OptionLabels(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        foreach (var attribute in customizations.Descendants("attribute"))
        {
            var column = (string?)attribute.Element("LogicalName");
            var table = (string?)attribute.Ancestors("entity").FirstOrDefault()?.Attribute("Name");
            if (column == null || table == null)
            {
                continue;
            }

            foreach (var option in attribute.Descendants("option"))
            {
                var label = option.Descendants("label").FirstOrDefault(l => (string?)l.Attribute("languagecode") == English);
                if (int.TryParse((string?)option.Attribute("value"), out var value) && label != null)
                {
                    labels[(table.ToLowerInvariant(), column, value)] = (string?)label.Attribute("description") ?? string.Empty;
                }
            }
        }
    }

    /// <summary>The label of a choice value, or null when the solution declares none.</summary>
    public string? Of(string table, string column, int value) => labels.GetValueOrDefault((table, column, value));
}
