namespace Corroboration.Core.Evaluation;

/// <summary>Precision, recall and their harmonic mean, each in [0, 1].</summary>
public sealed record ClusterScore(double Precision, double Recall, double F1)
{
    public static ClusterScore Of(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
}
