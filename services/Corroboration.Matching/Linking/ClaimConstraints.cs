namespace Corroboration.Matching.Linking;

/// <summary>
/// What a claim's constraints demand of linking: the incident a must-link partner is in (null
/// when none), and the incidents holding a cannot-link partner.
/// </summary>
public sealed record ClaimConstraints(string? RequiredIncident, string? RequiredBy, IReadOnlySet<string> ExcludedIncidents)
{
    public static ClaimConstraints None { get; } = new(null, null, new HashSet<string>());
}
