using Corroboration.Core.Interchange;
using Corroboration.Protos.V1;
using Corroboration.Scoring.Data;
using Corroboration.ServiceDefaults;

namespace Corroboration.Scoring.Grpc;

/// <summary>The filters of ListScores and WatchScores, checked field by field so every bad one is reported at once.</summary>
public static class ScoreFilters
{
    /// <summary>How many incident ids one ListScores request may name.</summary>
    public const int MaxIncidentIds = 1000;

    private static readonly HashSet<string> Grades = ["confirmed", "fair", "weak", "contested", "discounted"];

    public static ScoreQuery ListQuery(ListScoresRequest request)
    {
        var pageSize = Paging.PageSize(request.PageSize);
        var check = new RequestCheck();
        var order = ScoreOrder.Parse(request.OrderBy);
        if (order is null)
        {
            check.Add("orderBy", $"must be one of {string.Join(", ", ScoreOrder.Columns)}, optionally followed by \" desc\"");
        }
        var grade = Grade(check, request.Grade);
        var minConfidence = MinConfidence(check, request.MinConfidence);
        var from = Date(check, request.OccurredFrom, "occurredFrom");
        var to = Date(check, request.OccurredTo, "occurredTo");
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            check.Add("occurredTo", "must not be before occurredFrom");
        }
        if (request.IncidentIds.Count > MaxIncidentIds)
        {
            check.Add("incidentIds", $"must name at most {MaxIncidentIds} incidents");
        }
        else if (request.IncidentIds.Any(string.IsNullOrWhiteSpace))
        {
            check.Add("incidentIds", "must not hold an empty id");
        }
        check.ThrowIfAny();
        return new ScoreQuery(pageSize, order!, ScorePageToken.Read(request.PageToken, order!), grade, minConfidence)
        {
            OccurredFrom = from,
            OccurredTo = to,
            Place = request.Place.Trim() is { Length: > 0 } place ? place : null,
            IncidentIds = request.IncidentIds.Count > 0 ? [.. request.IncidentIds] : null,
        };
    }

    /// <returns>The grade to keep, or null for every grade.</returns>
    public static string? Grade(RequestCheck check, string grade)
    {
        if (grade.Length == 0)
        {
            return null;
        }
        if (!Grades.Contains(grade))
        {
            check.Add("grade", "must be one of confirmed, fair, weak, contested, discounted");
        }
        return grade;
    }

    public static double MinConfidence(RequestCheck check, double confidence)
    {
        if (confidence is not (>= 0 and <= 1))
        {
            check.Add("minConfidence", "must be between 0 and 1");
        }
        return confidence;
    }

    private static string? Date(RequestCheck check, string value, string field)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (!IsoDates.TryParseDate(value, out _))
        {
            check.Add(field, "must be an ISO-8601 date such as 2015-11-29");
            return null;
        }
        return value;
    }
}
