// Every test runs side by side with the others (each gets its own fixture instance and page), so the last minute
// of a run is never one long fixture working alone. Three at a time keep two cores busy while .NET awaits Chromium.
[assembly: Parallelizable(ParallelScope.All)]
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: LevelOfParallelism(3)]
