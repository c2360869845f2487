namespace Corroboration.Core.Scoring;

/// <summary>
/// Prior probability that a source of a given type reports an incident truthfully. A starting
/// point only: learning per source from outcomes refines it.
/// </summary>
public static class SourceReliability
{
    public static double Prior(string sourceType) => sourceType switch
    {
        "ngo" or "un" => 0.85,
        "wire" => 0.8,
        "local_monitor" => 0.72,
        "media" => 0.65,
        "social" => 0.58,
        "government" => 0.5,
        "party" => 0.4,
        _ => 0.55,
    };

    /// <summary>Sources at or above this count as credible for the grade.</summary>
    public const double Credible = 0.55;
}
