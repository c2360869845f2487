using Corroboration.Core.Matching;
using Corroboration.Core.Scoring;
using Corroboration.Matching.Linking;
using Corroboration.Scoring.Scores;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Turns a final cluster into what Matching and Scoring store of it, scored once with the
/// service's scorer and the database's trust. Members are in the store's order (report id, then
/// claim index), as the refresher reads them and announces them to Scoring. A claim's match
/// probability is 1 if it founded the incident (as the linker records it), else its probability
/// against the incident as finally formed.
/// </summary>
public sealed class BatchIncidentBuilder(BatchClustering clustering, Func<string, BatchReport> reportOf, MemberSpill spill, TrustTable trust)
{
    /// <summary>The reason the score's first version is stored with.</summary>
    public const string Reason = "scored in a batch run (corro corroborate)";

    private readonly CorroborationScorer _scorer = new();

    /// <remarks>Thread-safe: incidents are built in parallel once clustering is done.</remarks>
    public BatchIncident Build(string incidentId, IReadOnlyList<ClaimProfile> claims)
    {
        var ordered = claims.OrderBy(c => c.ReportId, StringComparer.Ordinal).ThenBy(c => c.ClaimIndex).ToList();
        var profile = IncidentProfile.Build(ordered);
        var spilled = ordered.Select(c => c.ReportId).Distinct().ToDictionary(id => id, id => spill.Read(reportOf(id).SpillOffset), StringComparer.Ordinal);
        var rows = ordered.Select(c => LinkedReport.Row(
            c, spilled[c.ReportId].MemberJsons[c.ClaimIndex], spilled[c.ReportId].Title, incidentId,
            clustering.Founded(c) ? 1.0 : clustering.Scorer.Score(c, profile).Probability)).ToList();
        var members = rows.Select(ProfileJson.Member).ToList();
        var incident = _scorer.Score(incidentId, members, trust);
        return new BatchIncident(
            IncidentRefresher.Row(incidentId, rows, members, profile),
            BlockingKeys.ForIncident(profile).Distinct().ToList(),
            rows,
            ScoreRows.Row(incident, version: 1, matchingVersion: 1, Reason, MembersJson.Write(members)),
            ScoreRows.SourceKeys(members).ToList());
    }
}
