using System.Globalization;
using Corroboration.Contracts;
using Corroboration.Core.Geography;
using Corroboration.Core.Validation;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Turns a report's text into structured claims: the main incident first, then (conservatively)
/// other incidents the text describes with their own place or date and casualty figures. Any
/// string is accepted: text that names nothing usable yields no claim and a reason instead.
/// </summary>
public sealed class ClaimExtractor(Gazetteer gazetteer)
{
    private const int MaxClaims = 6;
    private const int MinWordsToMatchOnText = 15;
    private readonly PlaceExtractor places = new(gazetteer);

    public ExtractionResult Extract(ReportPayload report)
    {
        var language = string.IsNullOrWhiteSpace(report.Language) ? LanguageDetector.Detect(report.Title + " " + report.Text) : report.Language!;
        var text = new ReportText(report.Title, report.Text);
        if (!text.HasWords)
        {
            return new ExtractionResult(language, [], ExtractionResult.EmptyText);
        }
        var anchor = DateExtractor.Anchor(Plausible(report.PublishedAt), report.Url, text);
        var dates = DateExtractor.Mentions(text, anchor);
        var placeMentions = places.Mentions(text);
        var placeSentences = placeMentions.Select(p => text.SentenceAt(p.Offset)).ToHashSet();
        var main = IncidentCues.IncidentSentence(text, placeSentences.Contains);
        var blamed = PerpetratorExtractor.Weigh(text, main);
        var shared = new Shared(
            blamed.FirstOrDefault()?.Name ?? PerpetratorNames.Unknown,
            PerpetratorExtractor.AlsoBlamed(blamed),
            KeywordExtractor.Evidence(text.Folded),
            CitationExtractor.Cites(text.Folded, report.Source),
            CitationExtractor.Stance(text));

        var mainClaim = Build(text, main, DateExtractor.Pick(dates, text, main, anchor), places.Pick(placeMentions, text, main), shared, true);
        var claims = new List<Segment> { mainClaim };
        foreach (var other in OtherIncidents(text, main, dates, placeMentions, mainClaim, shared))
        {
            if (claims.Count >= MaxClaims)
            {
                break;
            }
            claims.Add(other);
        }
        // An aggregate lead ("200 civilians killed in Syria") yields to the first incident with a place.
        if (mainClaim.Claim.Place is null && claims.Skip(1).FirstOrDefault(c => c.Claim.Place is not null) is { } located)
        {
            claims.Remove(located);
            claims.Insert(0, located);
        }
        var usable = claims.Where(c => c.Usable).Select(c => c.Claim).ToList();
        if (usable.Count > 0)
        {
            return new ExtractionResult(language, usable);
        }
        // Real prose without incident details (a news story of another kind) is still matched
        // on its words; only scraps too short to compare are left without a claim.
        return text.WordCount >= MinWordsToMatchOnText
            ? new ExtractionResult(language, [mainClaim.Claim])
            : new ExtractionResult(language, [], ExtractionResult.NoIncidentDetails);
    }

    /// <summary>A publication date far outside the reporting era ("0001-01-01") would overflow date arithmetic.</summary>
    private static string? Plausible(string? publishedAt) =>
        DateExtractor.ParseIso(publishedAt) is { Year: < 1900 or > 2100 } ? null : publishedAt;

    private IEnumerable<Segment> OtherIncidents(ReportText text, int main, IReadOnlyList<DateMention> dates, IReadOnlyList<PlaceMention> placeMentions, Segment mainClaim, Shared shared)
    {
        var seen = new List<Segment> { mainClaim };
        // Grouped by sentence once: a long text has many sentences, dates and places.
        var datesBySentence = dates.Where(d => !d.IsRelative).ToLookup(d => text.SentenceAt(d.Offset));
        var placesBySentence = placeMentions.ToLookup(p => text.SentenceAt(p.Offset));
        for (var i = Math.Max(main + 1, 0); i < text.Sentences.Count; i++)
        {
            var sentence = text.FoldedSpan(i);
            if (!IncidentCues.IsAttack(sentence) || !IncidentCues.IsCasualty(sentence))
            {
                continue;
            }
            var casualties = CasualtyExtractor.Extract(text.FoldedSentence(i));
            if (!casualties.HasKilled)
            {
                continue;
            }
            var range = text.Sentences[i];
            var date = datesBySentence[i].FirstOrDefault(d => d.Offset >= range.Start.Value && d.Offset < range.End.Value);
            var place = placesBySentence[i].Where(p => p.Offset >= range.Start.Value && p.Offset < range.End.Value).MaxBy(p => p.Specificity);
            if (place is null && date is null)
            {
                continue;
            }
            var candidate = Build(text, i, date, place, shared, false, casualties);
            if (seen.All(s => Distinct(s, candidate)))
            {
                seen.Add(candidate);
                yield return candidate;
            }
        }
    }

    /// <summary>Two segments are distinct incidents when their dates or their places clearly differ.</summary>
    private static bool Distinct(Segment a, Segment b)
    {
        if (a.Date is { } da && b.Date is { } db && Math.Abs(da.DayNumber - db.DayNumber) > 1)
        {
            return true;
        }
        if (a.Claim.KilledMin == b.Claim.KilledMin && a.Claim.KilledMax == b.Claim.KilledMax)
        {
            return false; // the same toll again is the same incident retold, whatever place was matched
        }
        if (a.Claim.Place is null || b.Claim.Place is null)
        {
            return a.Claim.Place != b.Claim.Place && b.Claim.KilledMin != a.Claim.KilledMin;
        }
        if (a.Claim.Admin1 != b.Claim.Admin1)
        {
            return true;
        }
        return a.Claim.Lat is { } la && b.Claim.Lat is { } lb && GeoDistance.Kilometres(la, a.Claim.Lon ?? 0, lb, b.Claim.Lon ?? 0) > 15;
    }

    /// <param name="casualties">The sentence's figures when the caller has read them already.</param>
    private static Segment Build(ReportText text, int sentence, DateMention? date, PlaceMention? place, Shared shared, bool isMain, Casualties? casualties = null)
    {
        var range = text.Sentences[sentence];
        var sentenceText = text.Folded[range];
        casualties ??= CasualtyExtractor.Extract(sentenceText);
        if (isMain && !casualties.HasKilled && casualties.InjuredMin is null)
        {
            var wide = text.Folded[..text.Sentences[Math.Min(text.Sentences.Count - 1, sentence + 3)].End.Value];
            casualties = CasualtyExtractor.Extract(wide);
        }
        var around = isMain ? (text.TitleEnd > 0 ? text.Folded[..text.TitleEnd] : "") + " " + Window(text, sentence, 2) : sentenceText;
        var gp = place?.Place;
        var claim = new ClaimPayload
        {
            OccurredOn = date is { IsDay: true } ? Iso(date.From) : null,
            OccurredFrom = date is { IsDay: false } ? Iso(date.From) : null,
            OccurredTo = date is { IsDay: false } ? Iso(date.To) : null,
            OccurredWeekday = date is null && isMain && DateExtractor.Weekday(text) is { } weekday ? Weekdays.Format(weekday) : null,
            Place = gp?.Name,
            Admin1 = gp is null || gp.Admin1.Length == 0 ? null : gp.Admin1,
            Country = gp?.CountryName,
            Lat = gp?.Lat,
            Lon = gp?.Lon,
            KilledMin = casualties.KilledMin,
            KilledMax = casualties.KilledMax,
            InjuredMin = casualties.InjuredMin,
            InjuredMax = casualties.InjuredMax,
            Civilians = casualties.Civilians,
            Perpetrator = shared.Perpetrator,
            AlsoBlamed = shared.AlsoBlamed.Count > 0 ? shared.AlsoBlamed : null,
            Weapons = KeywordExtractor.Weapons(around),
            Targets = KeywordExtractor.Targets(around),
            Evidence = shared.Evidence,
            Stance = shared.Stance,
            Cites = shared.Cites,
        };
        // The publication date stands in when the text gives none (length 0): that alone says nothing.
        var usable = date is { Length: > 0 } || gp is not null || casualties.HasKilled || casualties.InjuredMin is not null
            || shared.Perpetrator != PerpetratorNames.Unknown || claim.Weapons is { Count: > 0 } || claim.Targets is { Count: > 0 };
        return new Segment(claim, date is { IsDay: true } ? date.From : null, usable);
    }

    private static string Window(ReportText text, int sentence, int radius)
    {
        var from = text.Sentences[Math.Max(0, sentence - radius)].Start.Value;
        var to = text.Sentences[Math.Min(text.Sentences.Count - 1, sentence + radius)].End.Value;
        return text.Folded[from..to];
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Shared(string Perpetrator, IReadOnlyList<string> AlsoBlamed, IReadOnlyList<string> Evidence, IReadOnlyList<string> Cites, string? Stance);

    /// <summary>A claim and its day; usable when it names a date, place, casualties, perpetrator, target or weapon.</summary>
    private sealed record Segment(ClaimPayload Claim, DateOnly? Date, bool Usable);
}
