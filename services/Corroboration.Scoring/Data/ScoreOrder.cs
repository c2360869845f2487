namespace Corroboration.Scoring.Data;

/// <summary>
/// An order of ListScores: a column of <c>scoring_scores</c> and a direction, written as
/// <c>"confidence desc"</c>; ties (and the empty order) go by incident id in the same direction.
/// </summary>
public sealed record ScoreOrder(string Column, bool Descending)
{
    public static ScoreOrder ById { get; } = new("incident_id", false);

    /// <summary>What <c>order_by</c> may name, with each column's value in a row.</summary>
    private static readonly Dictionary<string, Func<ScoreRow, object>> Keys = new(StringComparer.Ordinal)
    {
        ["confidence"] = row => row.Confidence,
        ["occurred_on"] = row => row.OccurredOn,
        ["place"] = row => row.Place,
        ["report_count"] = row => (double)row.ReportCount, // one number type, as a page token carries it
    };

    public static IEnumerable<string> Columns => Keys.Keys;

    public bool IsById => Column == ById.Column;

    /// <summary>Whether the column holds numbers (else text).</summary>
    public bool IsNumeric => Column is "confidence" or "report_count";

    /// <summary>The text of <c>order_by</c> this order is written as.</summary>
    public string Text => IsById && !Descending ? "" : Descending ? $"{Column} desc" : Column;

    /// <returns>The order <paramref name="orderBy"/> names, or null when it names none.</returns>
    public static ScoreOrder? Parse(string orderBy)
    {
        var words = orderBy.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return ById;
        }
        var descending = words.Length == 2 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var ascending = words.Length == 1 || (words.Length == 2 && words[1].Equals("asc", StringComparison.OrdinalIgnoreCase));
        return Keys.ContainsKey(words[0]) && (ascending || descending) ? new ScoreOrder(words[0], descending) : null;
    }

    /// <summary>The row's value of the order column: where a page that ends on it stops.</summary>
    public ScorePosition PositionOf(ScoreRow row) => new(IsById ? row.IncidentId : Keys[Column](row), row.IncidentId);
}
