using System.Diagnostics;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Scores;
using Microsoft.Extensions.Options;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// Learns every source's reliability again from the current incidents and analysts' verdicts
/// (<see cref="TruthDiscovery"/>; pinned sources keep their pin), stores the table, and scores
/// again, as new versions, the incidents whose confidence or grade it changes.
/// </summary>
public sealed class ReliabilityLearner(
    ScoreStore scores,
    TrustStore trust,
    TrustCache cache,
    CorroborationScorer scorer,
    IncidentRescorer rescorer,
    IOptions<ScoringOptions> options,
    ILogger<ReliabilityLearner> logger)
{
    public const string Reason = "source reliability relearned";

    /// <summary>An incident as learning reads it from its stored row.</summary>
    public static IncidentEvidence Evidence(EvidenceRow row) => new(row.IncidentId, MembersJson.Read(row.MembersJson), Verdicts.Truth(row.Verdict));

    /// <returns>How long it took.</returns>
    public async Task<TimeSpan> LearnAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = await scores.EvidenceAsync(cancellationToken);
        var evidence = rows.Select(Evidence).ToList();
        var pins = (await trust.LoadAsync(cancellationToken)).Pins.Values.ToDictionary(p => p.Source, p => p.Reliability);
        var learned = TruthDiscovery.Learn(evidence, pins);
        // A source that reported nothing has only its pin, which is stored apart.
        await trust.SaveLearnedAsync(learned.Sources.Where(s => s.Incidents > 0), DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        var table = await cache.RefreshAsync(cancellationToken);
        var changed = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var score = scorer.Score(rows[i].IncidentId, evidence[i].Members, evidence[i].Chains(table));
            if (IncidentRescorer.Revises(score, rows[i].Confidence, rows[i].Grade, options.Value.RevisionMinChange))
            {
                changed.Add(rows[i].IncidentId);
            }
        }
        // Scored again under their locks: they may have changed since they were read.
        var revised = await rescorer.ReviseAllAsync(changed, Reason, options.Value.RevisionMinChange, cancellationToken);
        logger.LogInformation("Learned the reliability of {Sources} sources from {Incidents} incidents in {Elapsed} ms; {Revised} scores changed",
            learned.Sources.Count, rows.Count, stopwatch.ElapsedMilliseconds, revised);
        return stopwatch.Elapsed;
    }
}
