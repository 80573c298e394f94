// Fixtures run side by side (tests within a fixture share its page): the browser suite fits two cores that way.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
