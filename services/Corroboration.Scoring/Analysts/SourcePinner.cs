using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;

namespace Corroboration.Scoring.Analysts;

/// <summary>
/// An analyst pins a source's reliability (scoring uses it whatever is learned) or clears the pin:
/// stored and audited in one transaction, then the incidents the source is in are scored again
/// at once, with a reason that names the analyst, and learning is woken for the other sources.
/// The same request sent again changes nothing; so does clearing a pin that is not there.
/// </summary>
public sealed class SourcePinner(
    TrustStore trust,
    ScoreStore scores,
    ScoringAuditStore audit,
    TrustCache cache,
    IncidentRescorer rescorer,
    RelearnSchedule relearn,
    ILogger<SourcePinner> logger)
{
    public const string Action = "SetSourceReliability";

    /// <param name="reliability">0–1, or null to clear the pin.</param>
    public async Task SetAsync(string source, double? reliability, AnalystChange change, CancellationToken cancellationToken)
    {
        var key = SourceNames.Key(source);
        var changed = await scores.Database.WriteAsync([$"scoring:pin:{key}"], async tx =>
        {
            var pin = await trust.PinAsync(tx, key);
            var sentAgain = reliability is null
                ? pin is null
                : pin is not null && pin.Reliability == reliability && pin.Analyst == change.Analyst && pin.Reason == change.Reason;
            if (sentAgain)
            {
                return false;
            }
            var now = DateTimeOffset.UtcNow.ToString("O");
            if (reliability is { } value)
            {
                await trust.SavePinAsync(tx, new PinRow { SourceKey = key, Source = source, Reliability = value, Analyst = change.Analyst, Reason = change.Reason, PinnedAt = now });
            }
            else
            {
                await trust.DeletePinAsync(tx, key);
            }
            await audit.AppendAsync(tx, new ScoringAuditRow
            {
                ActedAt = now,
                Analyst = change.Analyst,
                Action = Action,
                Source = source,
                SourceKey = key,
                Details = (reliability is { } pinned ? FormattableString.Invariant($"pinned at {pinned}") : "pin cleared")
                    + (pin is null ? "" : FormattableString.Invariant($"; was {pin.Reliability} by {pin.Analyst}")),
                Reason = change.Reason,
            });
            return true;
        }, logger, cancellationToken);
        if (!changed)
        {
            return;
        }
        // Should the call end before every incident is scored again, the next learning finishes it.
        relearn.MarkStale();
        await cache.RefreshAsync(cancellationToken);
        var reason = reliability is { } set
            ? FormattableString.Invariant($"analyst {change.Analyst} set the reliability of {source} to {set}: {change.Reason}")
            : $"analyst {change.Analyst} cleared the reliability of {source}: {change.Reason}";
        // An analyst's pin shows on every score it moves at all.
        var revised = await rescorer.ReviseAllAsync(await scores.IncidentsOfSourceAsync(key, cancellationToken), reason, minChange: 0, cancellationToken);
        logger.LogInformation("{Analyst} set the reliability of {Source} to {Reliability}; {Revised} scores changed", change.Analyst, source, reliability, revised);
        relearn.LearnNow();
    }
}
