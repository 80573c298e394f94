namespace CrmSpm.Plugins.Model;

/// <summary>The <c>post</c> table: recognition appears on the record's timeline.</summary>
public static class PostColumns
{
    public const string EntityName = "post";
    public const string Id = "postid";
    public const string Text = "text";
    public const string RegardingObjectId = "regardingobjectid";
    public const string Source = "source";
    /// <summary>
    /// <c>source</c> choice value Manual Post (2), the kind for plain text; Auto Post (1) is for posts generated from
    /// post rule configurations, whose text the wall expects as XML. Choices and lengths from Microsoft's post table
    /// reference: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/post
    /// </summary>
    public const int SourceManualPost = 2;

    /// <summary><c>text</c>: String, MaxLength 2000 (same reference).</summary>
    public const int TextMaxLength = 2000;
}
