namespace CrmSpm.Plugins.Model;

/// <summary>The <c>post</c> table: recognition appears on the record's timeline.</summary>
public static class PostColumns
{
    public const string EntityName = "post";
    public const string Id = "postid";
    public const string Text = "text";
    public const string RegardingObjectId = "regardingobjectid";
    public const string Source = "source";
    /// <summary><c>source</c> choice value: Auto post.</summary>
    public const int SourceAutoPost = 1;
}
