using Corroboration.Contracts;

namespace Corroboration.Scoring.Tests;

/// <summary>IncidentChanged messages as Matching would publish them.</summary>
public static class Messages
{
    public static IncidentMember Member(string reportId, string source, string sourceType, string? perpetrator = "Russia") =>
        new(reportId, 0, source, sourceType, "2023-10-06", null,
            new ClaimPayload { OccurredOn = "2023-10-05", Place = "Ariha", KilledMin = 12, KilledMax = 12, Perpetrator = perpetrator });

    public static IncidentChanged Changed(string incidentId, long version, params IncidentMember[] members) =>
        new(incidentId, version, members.Length == 0 ? "merged away" : $"test v{version}", members);
}
