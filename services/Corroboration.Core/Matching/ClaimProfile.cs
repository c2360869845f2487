using Corroboration.Contracts;
using Corroboration.Core.Text;

namespace Corroboration.Core.Matching;

/// <summary>What the matcher compares of one claim.</summary>
public sealed record ClaimProfile(
    string ReportId,
    int ClaimIndex,
    string Source,
    DateSpan? Date,
    string? PlaceKey,
    double? Lat,
    double? Lon,
    string? Perpetrator,
    int? KilledMin,
    int? KilledMax,
    TermVector Terms)
{
    public static ClaimProfile Of(IncidentMember member, TermVector terms)
    {
        var claim = member.Claim;
        return new ClaimProfile(
            member.ReportId,
            member.ClaimIndex,
            member.Source,
            DateSpan.Of(claim),
            string.IsNullOrWhiteSpace(claim.Place) ? null : TextNormalizer.Normalize(claim.Place.Trim()),
            claim.Lat,
            claim.Lon,
            string.IsNullOrWhiteSpace(claim.Perpetrator) ? null : claim.Perpetrator.Trim(),
            claim.KilledMin,
            claim.KilledMax ?? claim.KilledMin,
            terms);
    }
}
