namespace Corroboration.Scoring.Data;

/// <summary>An analyst's verdict on an incident, as stored.</summary>
public static class Verdicts
{
    public const string Confirmed = "confirmed";
    public const string Refuted = "refuted";

    /// <summary>The verdict as reliability learning takes it: true, false, or null when there is none.</summary>
    public static bool? Truth(string? verdict) => verdict switch
    {
        Confirmed => true,
        Refuted => false,
        _ => null,
    };
}
