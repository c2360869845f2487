namespace Corroboration.Core.Scoring;

/// <summary>
/// How far to believe a source before anything is learned of it: its precision, the probability
/// that an incident it alone reports happened as reported. Learning per source from outcomes
/// (<see cref="TruthDiscovery"/>: the mean confidence of the incidents it asserted) refines it
/// on the same scale.
/// </summary>
public static class SourceReliability
{
    /// <summary>
    /// The prior that an incident someone reports happened as reported, before weighing who
    /// reports it. Most reported incidents are real: the synthetic generator makes about 6%
    /// hoaxes, and Airwars discounts a small minority of what it tracks; "about one in ten
    /// false" is the round prior taken. Not fitted: on synthetic corpora the expected calibration
    /// error stays at or below 0.03 for any base rate from 0.8 to 0.95 (the former 0.35, which
    /// took two reported incidents in three for false, gave 0.25).
    /// </summary>
    public const double BaseRate = 0.9;

    /// <summary>
    /// Sources at or above this count as credible for the grade: their report alone moves the
    /// odds at least 0.55 : 0.45 beyond the base rate. A source of unknown type is just credible.
    /// </summary>
    public static readonly double Credible = BeyondBaseRate(0.55);

    /// <summary>
    /// The table says how far a report of each type moves the odds, as a probability at even
    /// odds (0.85: an NGO's report makes an incident 0.85/0.15 ≈ 5.7 times likelier; 0.4: a
    /// party's claim about its enemies makes it a little less likely); the prior is the base rate
    /// moved that far (NGO 0.98, social account 0.93, party 0.86).
    /// </summary>
    public static double Prior(string sourceType) => BeyondBaseRate(sourceType switch
    {
        "ngo" or "un" => 0.85,
        "wire" => 0.8,
        "local_monitor" => 0.72,
        "media" => 0.65,
        "social" => 0.58,
        "government" => 0.5,
        "party" => 0.4,
        _ => 0.55,
    });

    /// <summary>How far a source of this reliability moves the odds from the base rate, in log-odds.</summary>
    public static double Weight(double reliability) => LogOdds.Of(reliability) - LogOdds.Of(BaseRate);

    /// <summary>The reliability of a source that moves the odds from the base rate as far as <paramref name="evenOdds"/> moves them from even.</summary>
    public static double BeyondBaseRate(double evenOdds) => LogOdds.ToProbability(LogOdds.Of(BaseRate) + LogOdds.Of(evenOdds));
}
