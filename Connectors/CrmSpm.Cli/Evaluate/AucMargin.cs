using System;

namespace CrmSpm.Cli.Evaluate;

/// <summary>
/// How far a ROC AUC measured on a test set could be from the true one by chance: 1.96 standard errors of Hanley and
/// McNeil, "The meaning and use of the area under a ROC curve", Radiology 143 (1982), equation 2
/// (https://doi.org/10.1148/radiology.143.1.7063747). An AUC less than this above 0.5 cannot be told from chance.
/// </summary>
public static class AucMargin
{
    /// <summary>A margin above which the test set is too small to tell a useful score (AUC 0.6) from a coin toss.</summary>
    public const double TooSmall = 0.1;

    /// <summary>The 95 % margin of <paramref name="auc"/> measured on <paramref name="won"/> won and <paramref name="lost"/> lost deals; infinite without both.</summary>
    public static double Of(double auc, int won, int lost)
    {
        if (won < 1 || lost < 1)
        {
            return double.PositiveInfinity;
        }

        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        var variance = (auc * (1 - auc) + (won - 1) * (q1 - auc * auc) + (lost - 1) * (q2 - auc * auc)) / ((double)won * lost);
        return 1.96 * Math.Sqrt(Math.Max(0, variance));
    }
}
