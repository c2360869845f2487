using Corroboration.Contracts;

namespace Corroboration.Core.Extraction;

/// <summary>
/// What extraction found in one report: its language and one claim per incident, or no claim and
/// a machine-readable <see cref="Reason"/> (null whenever claims were found).
/// </summary>
public sealed record ExtractionResult(string Language, IReadOnlyList<ClaimPayload> Claims, string? Reason = null)
{
    /// <summary>Nothing but whitespace, invisible characters and symbols is left after clean-up.</summary>
    public const string EmptyText = "empty text";

    /// <summary>The text names no date, place, casualties, perpetrator, target or weapon.</summary>
    public const string NoIncidentDetails = "no incident details";

    /// <summary>The extractor threw; the report is kept without claims (set by the caller that caught it).</summary>
    public const string ExtractionFailed = "extraction failed";
}
