using Corroboration.Core.Matching;
using Corroboration.Core.Matching.Clustering;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>
/// A copy of Matching's linking tables held in memory by the one linker that writes them (see
/// <c>docs/streaming-redesign.md</c>): incidents with their profiles, members and keys, the
/// blocking index, the versions linked, the incident counter and analysts' constraints. Read
/// from the store once (<see cref="LoadAsync"/>), then changed only by
/// <see cref="HeldLinkingTables"/>, which writes each change to the store in the same transaction.
/// </summary>
public sealed class HeldTables
{
    public Dictionary<string, HeldIncident> Incidents { get; } = new(StringComparer.Ordinal);

    /// <summary>Every member, by claim; its row names the incident it is in.</summary>
    public Dictionary<ClaimKey, LinkMember> Members { get; } = [];

    /// <summary>The claim indexes of each report's members.</summary>
    public Dictionary<string, SortedSet<int>> ClaimsOfReport { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> ReportVersions { get; } = new(StringComparer.Ordinal);

    public BlockingIndex Index { get; } = new();

    /// <summary>The incident counter's value: the number of the last incident id issued.</summary>
    public long IncidentCounter { get; set; }

    /// <summary>Each constrained claim's constraints (a constraint is listed under both its claims).</summary>
    public Dictionary<ClaimKey, List<ConstraintRow>> ConstraintsOf { get; } = [];

    /// <summary>The constrained claims of each report.</summary>
    public Dictionary<string, HashSet<ClaimKey>> ConstrainedOfReport { get; } = new(StringComparer.Ordinal);

    /// <summary>The incident, made (without a row) if it is not held yet.</summary>
    public HeldIncident Incident(string id)
    {
        if (!Incidents.TryGetValue(id, out var incident))
        {
            Incidents[id] = incident = new HeldIncident();
        }
        return incident;
    }

    public void AddMember(LinkMember member)
    {
        var claim = ClaimKey.Of(member.Row);
        Members[claim] = member;
        Incident(member.Row.IncidentId).Members[claim] = member;
        if (!ClaimsOfReport.TryGetValue(claim.ReportId, out var indexes))
        {
            ClaimsOfReport[claim.ReportId] = indexes = [];
        }
        indexes.Add(claim.ClaimIndex);
    }

    public void RemoveMember(ClaimKey claim)
    {
        if (!Members.Remove(claim, out var member))
        {
            return;
        }
        Incidents[member.Row.IncidentId].Members.Remove(claim);
        if (ClaimsOfReport.TryGetValue(claim.ReportId, out var indexes) && indexes.Remove(claim.ClaimIndex) && indexes.Count == 0)
        {
            ClaimsOfReport.Remove(claim.ReportId);
        }
    }

    /// <summary>Sets the incident's row, profile and keys, and lists it under those keys.</summary>
    public void SetIncident(IncidentRow row, IncidentProfile profile, IReadOnlyList<string> keys)
    {
        var incident = Incident(row.Id);
        (incident.Row, incident.Profile, incident.Keys) = (row, profile, keys);
        Index.Set(row.Id, keys);
    }

    /// <summary>Forgets an incident (it has no members left) and takes it out of the index.</summary>
    public void RemoveIncident(string id)
    {
        Incidents.Remove(id);
        Index.Remove(id);
    }

    /// <summary>
    /// Drops the text of rows already in the store, which nothing here reads again: an incident's
    /// profile and search text, a member's JSON (the parsed member and claim stay). Most of what
    /// the tables hold is that text.
    /// </summary>
    public void Written(IEnumerable<ClaimKey> members, IEnumerable<string> incidents)
    {
        foreach (var claim in members)
        {
            if (Members.TryGetValue(claim, out var member))
            {
                var light = member with { Row = member.Row with { MemberJson = "", TermsJson = "" } };
                Members[claim] = light;
                Incidents[light.Row.IncidentId].Members[claim] = light;
            }
        }
        foreach (var id in incidents)
        {
            if (Incidents.GetValueOrDefault(id) is { Row: { } row } incident)
            {
                incident.Row = row with { ProfileJson = "", SearchText = "" };
            }
        }
    }

    public void AddConstraint(ConstraintRow constraint)
    {
        foreach (var claim in new[] { new ClaimKey(constraint.ReportA, constraint.ClaimA), new ClaimKey(constraint.ReportB, constraint.ClaimB) })
        {
            if (!ConstraintsOf.TryGetValue(claim, out var list))
            {
                ConstraintsOf[claim] = list = [];
            }
            list.Add(constraint);
            if (!ConstrainedOfReport.TryGetValue(claim.ReportId, out var claims))
            {
                ConstrainedOfReport[claim.ReportId] = claims = [];
            }
            claims.Add(claim);
        }
    }
}
