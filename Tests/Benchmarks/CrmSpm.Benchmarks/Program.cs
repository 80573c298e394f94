using BenchmarkDotNet.Running;

// Runs every benchmark in this assembly; pass --filter to pick some. See docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
