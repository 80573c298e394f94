namespace CrmSpm.Solution.Tests;

/// <summary>Tests that need Node.js tools: skipped with a message locally, failed with CI=true (.ci/run sets it).</summary>
internal static class Tools
{
    public static string SkipOrFail(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message} (CI=true: required, not skipped)");
        }

        Assert.Ignore(message);
        return message;
    }
}
