namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// Writes measured figures to the test output (and perf-webresources.txt beside the test assembly) for
/// docs/performance.md. Times are recorded, never asserted.
/// </summary>
public static class PerfRecord
{
    public static void Write(string what, IReadOnlyCollection<double> samples)
    {
        var sorted = samples.OrderBy(sample => sample).ToList();
        var median = sorted[sorted.Count / 2];
        var line = $"{what}: median {median:F1}, min {sorted[0]:F1}, max {sorted[^1]:F1} over {sorted.Count} renders";
        TestContext.Out.WriteLine(line);
        File.AppendAllLines(Path.Combine(TestContext.CurrentContext.WorkDirectory, "perf-webresources.txt"), [line]);
    }
}
