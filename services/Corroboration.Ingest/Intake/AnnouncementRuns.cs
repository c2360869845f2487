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
        var published = new List<OutboxPublication>();
        var run = new List<(OutboxPublication Row, ReportBatchIngested Batch)>();
        foreach (var publication in rows.Select(OutboxPublication.Of))
        {
            var batch = publication.Message as ReportBatchIngested;
            if (batch is null || run.Sum(r => r.Batch.Reports.Count) + batch.Reports.Count > MaxReports)
            {
                Flush(run, published);
            }
            if (batch is null)
            {
                published.Add(publication);
            }
            else
            {
                run.Add((publication, batch));
            }
        }
        Flush(run, published);
        return published;
    }

    /// <summary>Publishes the run as one message (a row alone as itself), and empties it.</summary>
    private static void Flush(List<(OutboxPublication Row, ReportBatchIngested Batch)> run, List<OutboxPublication> published)
    {
        if (run.Count == 1)
        {
            published.Add(run[0].Row);
        }
        else if (run.Count > 1)
        {
            published.Add(run[0].Row with
            {
                Message = new ReportBatchIngested(run.SelectMany(r => r.Batch.Reports).ToList()),
                MessageId = DerivedIds.Combined(run.Select(r => r.Row.MessageId).ToList()),
                Rows = run.SelectMany(r => r.Row.Rows).ToList(),
                Headers = new Dictionary<string, string>
                {
                    [ReportBatchIngested.TraceParentsHeader] = ReportBatchIngested.TraceParentsValue(
                        run.SelectMany(r => Enumerable.Repeat(r.Row.TraceParent, r.Batch.Reports.Count))),
                },
            });
        }
        run.Clear();
    }
}
