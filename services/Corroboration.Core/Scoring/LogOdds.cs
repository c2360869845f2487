namespace Corroboration.Core.Scoring;

/// <summary>Probabilities to log-odds and back, where independent evidence adds up.</summary>
public static class LogOdds
{
    /// <summary>Keeps a pinned 0 or 1 finite: no single source makes anything certain.</summary>
    private const double Limit = 1e-6;

    public static double Of(double probability)
    {
        var p = Math.Clamp(probability, Limit, 1 - Limit);
        return Math.Log(p / (1 - p));
    }

    public static double ToProbability(double logOdds) => 1 / (1 + Math.Exp(-logOdds));
}
