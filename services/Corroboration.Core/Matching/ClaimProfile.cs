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
    bool PlaceIsRegion,
    double? Lat,
    double? Lon,
    string? Perpetrator,
    int? KilledMin,
    int? KilledMax,
    TermVector Terms,
    IReadOnlyList<string>? Weapons = null,
    IReadOnlyList<string>? Targets = null,
    DayOfWeek? Weekday = null,
    string? Admin1 = null)
{
    /// <summary>The profiles of a report's claims, all sharing the report's words.</summary>
    public static List<ClaimProfile> OfReport(ReportPayload report, IReadOnlyList<ClaimPayload> claims)
    {
        var terms = TermVector.OfReport(report.Title, Tokenizer.NormalizedWords(report.Text ?? ""));
        var source = string.IsNullOrWhiteSpace(report.Source) ? "unknown" : report.Source.Trim();
        var sourceType = Validation.SourceTypes.Normalize(report.SourceType);
        return claims.Select((claim, i) => Of(new IncidentMember(report.Id, i, source, sourceType, null, null, claim), terms)).ToList();
    }

    public static ClaimProfile Of(IncidentMember member, TermVector terms)
    {
        var claim = member.Claim;
        // Names through the pool too: a million claims name a few thousand places and sources.
        var place = string.IsNullOrWhiteSpace(claim.Place) ? null : TermPool.Shared(TextNormalizer.Normalize(claim.Place.Trim()));
        // A governorate named as the place says little: many incidents share it, and its
        // coordinates are a centroid, not a location.
        var admin1 = string.IsNullOrWhiteSpace(claim.Admin1) ? null : TermPool.Shared(TextNormalizer.Normalize(claim.Admin1.Trim()));
        var isRegion = place is not null && place == admin1;
        return new ClaimProfile(
            member.ReportId,
            member.ClaimIndex,
            TermPool.Shared(member.Source),
            DateSpan.Of(claim),
            place,
            isRegion,
            isRegion ? null : claim.Lat,
            isRegion ? null : claim.Lon,
            string.IsNullOrWhiteSpace(claim.Perpetrator) ? null : TermPool.Shared(claim.Perpetrator.Trim()),
            claim.KilledMin,
            claim.KilledMax ?? claim.KilledMin,
            terms,
            claim.Weapons is { Count: > 0 } weapons ? weapons.Select(name => TermPool.Shared(name)).ToArray() : null,
            claim.Targets is { Count: > 0 } targets ? targets.Select(name => TermPool.Shared(name)).ToArray() : null,
            Validation.Weekdays.Parse(claim.OccurredWeekday),
            admin1);
    }
}
