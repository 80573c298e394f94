namespace CrmSpm.Core.Profile;

/// <summary>One thing wrong with a profile: where (a JSON path such as <c>weights.adoption.freshness</c>) and why.</summary>
public sealed class ValidationProblem
{
    public ValidationProblem(string path, string reason)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>JSON path of the offending value; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Why it is wrong, in words an admin understands (messages in <see cref="ProfileMessages"/>).</summary>
    public string Reason { get; }

    /// <summary><c>path: reason</c>, the form shown to admins.</summary>
    public override string ToString() => Path + ": " + Reason;
}
