using System;

namespace CrmSpm.Core.Simulation;

/// <summary>The few distributions the generator draws from, all on a seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Exponential with the given mean (waiting times).</summary>
    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>Standard normal via Box–Muller.</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
