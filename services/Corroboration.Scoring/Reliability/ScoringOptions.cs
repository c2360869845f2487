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

    /// <summary>
    /// Learning stores a new version of an incident's score only when its grade changes or its
    /// confidence moves by at least this much from the stored one (0: by any amount; an analyst's
    /// pin stores one for any move). Each
    /// learning moves most confidences a little; without this every run would re-announce most
    /// incidents. Small moves add up: they are measured from the stored score, not the last run.
    /// </summary>
    public double RevisionMinChange { get; set; } = 0.01;
}
