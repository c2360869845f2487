using Corroboration.Protos.V1;

namespace Corroboration.Scoring.Tests;

/// <summary>One ListScores request over <see cref="ListingCorpus"/> and what it must list, worked out from every score apart from the server.</summary>
public sealed record ListingCase(string Name, Func<List<ScoredIncident>, ListScoresRequest> Request, string OrderBy = "")
{
    private static readonly Dictionary<string, Func<ScoredIncident, IComparable>> Keys = new()
    {
        [""] = s => s.Id,
        ["confidence"] = s => s.Confidence,
        ["occurred_on"] = s => s.OccurredOn,
        ["place"] = s => s.Place,
        ["report_count"] = s => s.ReportIds.Count,
    };

    // Text as SQLite and PostgreSQL ("C") compare it: by code point, not by culture.
    private static readonly Comparer<IComparable> KeyOrder =
        Comparer<IComparable>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b));

    public static IReadOnlyList<ListingCase> All { get; } =
    [
        .. Keys.Keys.SelectMany(column => new[] { column, column.Length == 0 ? "" : column + " desc" }).Distinct()
            .Select(order => new ListingCase($"order '{order}'", _ => new ListScoresRequest(), order)),
        new("grade", all => new ListScoresRequest { Grade = MostCommon(all, s => s.Grade) }),
        new("minConfidence", all => new ListScoresRequest { MinConfidence = Median(all) }),
        new("occurredFrom and occurredTo", all => new ListScoresRequest { OccurredFrom = Dates(all)[1], OccurredTo = Dates(all)[^2] }),
        new("occurredTo only, leaving out undated incidents", all => new ListScoresRequest { OccurredTo = Dates(all)[^2] }),
        new("place, any case", _ => new ListScoresRequest { Place = "IDL" }),
        new("incidentIds", all => new ListScoresRequest { IncidentIds = { all.Where((_, i) => i % 3 == 0).Select(s => s.Id) } }),
        new("place and occurredFrom by date, newest first", all => new ListScoresRequest { Place = "i", OccurredFrom = Dates(all)[1] }, "occurred_on desc"),
    ];

    /// <summary>The scores the request keeps, in its order; ties by incident id in the same direction.</summary>
    public List<ScoredIncident> Expected(List<ScoredIncident> all)
    {
        var request = Request(all);
        var descending = OrderBy.EndsWith(" desc", StringComparison.Ordinal);
        var key = Keys[OrderBy.Replace(" desc", "", StringComparison.Ordinal)];
        var kept = all.Where(s => Matches(request, s));
        var ordered = descending
            ? kept.OrderByDescending(key, KeyOrder).ThenByDescending(s => s.Id, StringComparer.Ordinal)
            : kept.OrderBy(key, KeyOrder).ThenBy(s => s.Id, StringComparer.Ordinal);
        return [.. ordered];
    }

    public override string ToString() => Name;

    /// <summary>The request's filters, as plain comparisons.</summary>
    private static bool Matches(ListScoresRequest request, ScoredIncident s) =>
        (request.Grade.Length == 0 || s.Grade == request.Grade)
        && s.Confidence >= request.MinConfidence
        && (request.OccurredFrom.Length == 0 || (s.OccurredOn.Length > 0 && string.CompareOrdinal(s.OccurredOn, request.OccurredFrom) >= 0))
        && (request.OccurredTo.Length == 0 || (s.OccurredOn.Length > 0 && string.CompareOrdinal(s.OccurredOn, request.OccurredTo) <= 0))
        && (request.Place.Length == 0 || s.Place.Contains(request.Place, StringComparison.OrdinalIgnoreCase))
        && (request.IncidentIds.Count == 0 || request.IncidentIds.Contains(s.Id));

    private static string MostCommon(List<ScoredIncident> all, Func<ScoredIncident, string> value) =>
        all.GroupBy(value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static double Median(List<ScoredIncident> all) => all.Select(s => s.Confidence).Order().ElementAt(all.Count / 2);

    private static List<string> Dates(List<ScoredIncident> all) =>
        [.. all.Select(s => s.OccurredOn).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal)];
}
