namespace Corroboration.Cli.LoadTest;

/// <summary>One report's times in milliseconds since the run's start (NaN: did not happen).</summary>
public sealed record ReportTimes(double Sent, double Accepted, double Scored, int Claims)
{
    /// <summary>Accepted with claims: a score should list it.</summary>
    public bool ExpectsScore => !double.IsNaN(Accepted) && Claims > 0;
}
