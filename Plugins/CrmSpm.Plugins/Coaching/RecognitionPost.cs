using System;
using System.Globalization;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// A recognition as a timeline post: plain text, so a Manual post (Auto posts carry the XML of post rule
/// configurations), within the text column's length (Microsoft's post table reference, see <see cref="PostColumns"/>).
/// The text names the period of the tip's key, the scorecard's period ("Milestone reached in November 2026: …"), and
/// not the rep: the post sits on the rep's record or their deal, so the evidence reads "Quota attained this period:
/// 112 %" rather than repeating their name.
/// </summary>
public static class RecognitionPost
{
    public static Entity For(CoachingTip tip, EntityReference regarding) => new Entity(PostColumns.EntityName)
    {
        [PostColumns.Text] = BoundedText.Truncate(TextOf(tip), PostColumns.TextMaxLength),
        [PostColumns.RegardingObjectId] = regarding,
        [PostColumns.Source] = new OptionSetValue(PostColumns.SourceManualPost),
    };

    /// <summary>"{title} in {Month yyyy}: {action}" then the evidence line without whose figure it is.</summary>
    public static string TextOf(CoachingTip tip)
    {
        var period = TipKeys.PeriodOf(tip.Key);
        var heading = SalesPeriod.TryParse(period, out var month)
            ? tip.Title + " in " + month.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : tip.Title;
        var newline = tip.Message.IndexOf('\n');
        var evidence = newline < 0 ? "" : tip.Message.Substring(newline + 1);
        return heading + ": " + tip.RecommendedAction + (evidence.Length == 0 ? "" : "\n" + WithoutObservedLabel(evidence));
    }

    // Core's evidence line is "{measure} — {whose}: {figure} · …" (TipWording): drop " — {whose}".
    private static string WithoutObservedLabel(string evidence)
    {
        var dash = evidence.IndexOf(" — ", StringComparison.Ordinal);
        var colon = dash < 0 ? -1 : evidence.IndexOf(": ", dash, StringComparison.Ordinal);
        return colon < 0 ? evidence : evidence.Substring(0, dash) + evidence.Substring(colon);
    }
}
