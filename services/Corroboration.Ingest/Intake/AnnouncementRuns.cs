using Corroboration.Contracts;
using Corroboration.Storage.Outbox;

namespace Corroboration.Ingest.Intake;

/// <summary>
/// What Ingest's outbox relay publishes for a round of rows: consecutive <see cref="ReportBatchIngested"/>
/// as one message of their reports in order, up to <see cref="MaxReports"/>, so that reports
/// stored by separate calls close together (unary calls, bus commands) reach Matching as one
/// batch, which it links in one transaction. A message standing for several rows has an id derived
/// from theirs and each report's trace in a header; should the relay publish them again in other
/// runs (after a crash), Matching skips the reports it has linked by their versions.
/// </summary>
public static class AnnouncementRuns
{
    public const int MaxReports = 100;

    public static IEnumerable<OutboxPublication> Combine(IReadOnlyList<OutboxRow> rows)
    {
        var run = new List<(OutboxPublication Row, ReportBatchIngested Batch)>();
        foreach (var publication in rows.Select(OutboxPublication.Of))
        {
            if (publication.Message is not ReportBatchIngested batch)
            {
                foreach (var combined in Flush(run))
                {
                    yield return combined;
                }
                yield return publication;
                continue;
            }
            if (run.Sum(r => r.Batch.Reports.Count) + batch.Reports.Count > MaxReports)
            {
                foreach (var combined in Flush(run))
                {
                    yield return combined;
                }
            }
            run.Add((publication, batch));
        }
        foreach (var combined in Flush(run))
        {
            yield return combined;
        }
    }

    /// <summary>The run as one publication (none if it is empty), and empties it.</summary>
    private static IEnumerable<OutboxPublication> Flush(List<(OutboxPublication Row, ReportBatchIngested Batch)> run)
    {
        if (run.Count == 1)
        {
            yield return run[0].Row;
        }
        else if (run.Count > 1)
        {
            var first = run[0].Row;
            yield return first with
            {
                Message = new ReportBatchIngested(run.SelectMany(r => r.Batch.Reports).ToList()),
                MessageId = DerivedIds.Combined(run.Select(r => r.Row.MessageId).ToList()),
                Rows = run.SelectMany(r => r.Row.Rows).ToList(),
                Headers = new Dictionary<string, string>
                {
                    [ReportBatchIngested.TraceParentsHeader] = string.Join(' ', run.SelectMany(r => Enumerable.Repeat(r.Row.TraceParent ?? "-", r.Batch.Reports.Count))),
                },
            };
        }
        run.Clear();
    }
}
