using System;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Collects one plugin execution's trace lines (the PluginTraceLog's message block).
internal sealed class TracingService : ITracingService
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void Trace(string format, params object[] args)
    {
        if (format == null)
        {
            return;
        }

        string line;
        try
        {
            line = args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        }
        catch (FormatException)
        {
            // A bad format string must not break the plugin that only wanted to trace: keep the raw text.
            line = format;
        }

        _text.AppendLine(line);
    }
}
