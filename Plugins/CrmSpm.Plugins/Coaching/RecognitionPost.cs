using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// A recognition as a timeline post: plain text, so a Manual post (Auto posts carry the XML of post rule
/// configurations), within the text column's length (Microsoft's post table reference, see <see cref="PostColumns"/>).
/// </summary>
public static class RecognitionPost
{
    public static Entity For(CoachingTip tip, EntityReference regarding) => new Entity(PostColumns.EntityName)
    {
        [PostColumns.Text] = BoundedText.Truncate(tip.Title + ": " + tip.Message, PostColumns.TextMaxLength),
        [PostColumns.RegardingObjectId] = regarding,
        [PostColumns.Source] = new OptionSetValue(PostColumns.SourceManualPost),
    };
}
