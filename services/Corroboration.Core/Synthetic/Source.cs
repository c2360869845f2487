namespace Corroboration.Core.Synthetic;

/// <summary>
/// A publisher the generator writes as: name and interchange <see cref="Type"/>, the languages
/// it publishes in, where it reports (countries, governorates; empty = anywhere), how others cite
/// it in English and Arabic, its sister outlet in the other language (same publisher group), and
/// for partisan outlets the parties it accuses. <see cref="Kind"/> says how it behaves in the plan.
/// </summary>
internal sealed record Source(
    string Name,
    string Type,
    SourceKind Kind,
    IReadOnlyList<string> Languages,
    string Domain,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions,
    string? CitedEnglish = null,
    string? CitedArabic = null,
    string? Sister = null,
    IReadOnlyList<string>? Accuses = null)
{
    public bool Covers(SyntheticPlace place) =>
        (Countries.Count == 0 || Countries.Contains(place.Country)) && (Regions.Count == 0 || Regions.Contains(place.Admin1));
}
