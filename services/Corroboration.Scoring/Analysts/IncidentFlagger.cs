using Corroboration.Contracts;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;

namespace Corroboration.Scoring.Analysts;

/// <summary>
/// An analyst's verdict on an incident, in one transaction: stored (an incident has one, the
/// latest), audited, and recorded as a new score version whose reason names the analyst and
/// whose headline follows the verdict (<see cref="Core.Scoring.AnalystVerdict"/>: refuted is
/// discounted); then learning is woken, so the incident's sources, and the
/// other incidents they reported, are judged again. The same verdict sent again with the same
/// analyst and reason changes nothing.
/// </summary>
public sealed class IncidentFlagger(
    ScoreStore scores,
    FlagStore flags,
    ScoringAuditStore audit,
    IncidentRescorer rescorer,
    TrustCache trust,
    RelearnSchedule relearn,
    ILogger<IncidentFlagger> logger)
{
    public const string Action = "FlagIncident";

    /// <param name="verdict"><see cref="Verdicts.Confirmed"/> or <see cref="Verdicts.Refuted"/>.</param>
    /// <returns>The incident's score now.</returns>
    public async Task<ScoreRow> FlagAsync(string incidentId, string verdict, AnalystChange change, CancellationToken cancellationToken)
    {
        var table = await trust.TableAsync(cancellationToken);
        var (scored, score) = await scores.Database.WriteAsync<(IncidentScored?, ScoreRow)>([IncidentRescorer.Lock(incidentId)], async tx =>
        {
            var current = await scores.CurrentAsync(tx, incidentId);
            if (current is null or { Removed: 1 })
            {
                throw RpcErrors.NotFound($"incident '{incidentId}'");
            }
            var flag = await flags.FlagAsync(tx, incidentId);
            if (flag is not null && flag.Verdict == verdict && flag.Analyst == change.Analyst && flag.Reason == change.Reason)
            {
                return (null, current); // sent again
            }
            var now = DateTimeOffset.UtcNow.ToString("O");
            await flags.SaveFlagAsync(tx, new FlagRow { IncidentId = incidentId, Verdict = verdict, Analyst = change.Analyst, Reason = change.Reason, FlaggedAt = now });
            await audit.AppendAsync(tx, new ScoringAuditRow
            {
                ActedAt = now,
                Analyst = change.Analyst,
                Action = Action,
                IncidentId = incidentId,
                Details = FormattableString.Invariant($"{verdict} at confidence {current.Confidence} ({current.Grade})")
                    + (flag is null ? "" : $"; was {flag.Verdict} by {flag.Analyst}"),
                Reason = change.Reason,
            });
            var revised = await rescorer.ReviseAsync(tx, current, table, $"analyst {change.Analyst} {verdict}: {change.Reason}", minChange: null);
            return (revised, (await scores.CurrentAsync(tx, incidentId))!);
        }, logger, cancellationToken);
        if (scored is not null)
        {
            logger.LogInformation("{Analyst} flagged incident {IncidentId} {Verdict}", change.Analyst, incidentId, verdict);
            rescorer.Outbox.Wake(); // the new version was announced in its transaction
            relearn.LearnNow();
        }
        return score;
    }
}
