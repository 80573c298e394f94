using System.Diagnostics;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Evaluation;
using CrmSpm.Core.Profile;

namespace CrmSpm.Benchmarks.Core;

// `-- check-cpu [seeds]`: the deal model's held-out check (DealModel.Calibrate) timed in process CPU time on the
// evaluation's training sets (docs/scoring.md §6, "Evaluation"): per size, the mean and the largest CPU time of one
// check over the seeds' orgs with and without signal, and how often it found signal (stage alone in brackets). Below
// 200 closed deals the check is leave-one-out with up to two permutation tests, the expensive case. See
// docs/performance.md.
internal static class CheckCpuTime
{
    private static readonly int[] Sizes = { 40, 80, 150, 200, 1000 };

    public static void Run(int seeds)
    {
        var evaluation = new DealModelEvaluation(ScoringProfile.Default);
        var orgs = Enumerable.Range(1, seeds).Select(DealModelEvaluation.GenerateOrg).ToList();
        Console.WriteLine("| data | closed deals | checks | CPU per check, mean | CPU per check, largest | signal found (stage alone) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var dataset in new[] { "signal", "no signal" })
        foreach (var size in Sizes)
        {
            var times = new List<double>();
            int signal = 0, stageOnly = 0;
            for (var i = 0; i < orgs.Count; i++)
            {
                var org = dataset == "signal" ? orgs[i] : DealModelEvaluation.WithoutSignal(orgs[i], i + 1);
                var training = evaluation.LatestTraining(org, size);
                var model = new DealModel(ScoringProfile.Default);
                model.Rebuild(training);
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                model.Calibrate(training);
                process.Refresh();
                times.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                signal += model.Signal == DealModelSignal.Signal ? 1 : 0;
                stageOnly += model.StageOnly ? 1 : 0;
            }

            Console.WriteLine($"| {dataset} | {size} | {times.Count} | {times.Average():F0} ms | {times.Max():F0} ms | {signal} ({stageOnly}) |");
        }
    }
}
