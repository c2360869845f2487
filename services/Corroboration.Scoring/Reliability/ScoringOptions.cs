namespace Corroboration.Scoring.Reliability;

/// <summary>Scoring settings (configuration section <c>Scoring</c>).</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>
    /// Source reliabilities are learned again at most this often after incidents change (analysts'
    /// verdicts and pins have them learned again at once); 0 or less: only after analysts' changes.
    /// </summary>
    public int RelearnSeconds { get; set; } = 30;
}
