using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Ingest.Intake;
using Corroboration.Storage.Outbox;
using MassTransit.Serialization;

namespace Corroboration.Ingest.Tests;

/// <summary>Announcements the relay finds waiting together go out as one message, in order, while it holds at most 100 reports.</summary>
public class AnnouncementRunsTests
{
    private static long _nextRow;

    private static OutboxRow Row(params string[] reportIds) => new()
    {
        TraceParent = $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01",
        Id = ++_nextRow,
        MessageId = Guid.NewGuid().ToString(),
        MessageType = "Corroboration.Contracts.ReportBatchIngested, Corroboration.Contracts",
        Body = JsonSerializer.Serialize(new ReportBatchIngested(reportIds.Select(Report).ToList()), SystemTextJsonMessageSerializer.Options),
        CreatedAt = DateTimeOffset.UtcNow.ToString("O"),
    };

    private static ReportIngested Report(string id) => new(id, 1, "Reuters", "wire", "en", "2023-10-05", null, "An air strike hit the market.", []);

    [Fact]
    public void ConsecutiveAnnouncementsAreOneMessageUpToAHundredReports()
    {
        var rows = new[] { Row("a"), Row("b", "c"), Row(Enumerable.Range(0, 98).Select(i => $"x{i}").ToArray()), Row("d", "e", "f") };

        var published = AnnouncementRuns.Combine(rows).ToList();

        Assert.Equal(3, published.Count);
        Assert.Equal(["a", "b", "c"], ((ReportBatchIngested)published[0].Message).Reports.Select(r => r.ReportId));
        Assert.Equal([rows[0], rows[1]], published[0].Rows);
        // Each report keeps the trace it was submitted in.
        Assert.Equal([rows[0].TraceParent!, rows[1].TraceParent!, rows[1].TraceParent!], published[0].Headers![ReportBatchIngested.TraceParentsHeader].Split(' '));
        Assert.Equal(98, ((ReportBatchIngested)published[1].Message).Reports.Count); // and d, e, f would pass 100
        Assert.Equal(Guid.Parse(rows[2].MessageId), published[1].MessageId);
        Assert.Equal(["d", "e", "f"], ((ReportBatchIngested)published[2].Message).Reports.Select(r => r.ReportId));
    }

    [Fact]
    public void TheSameRowsCombinedAgainHaveTheSameIdAndADifferentOneFromEachRow()
    {
        var rows = new[] { Row("a"), Row("b") };

        var (first, again) = (AnnouncementRuns.Combine(rows).Single(), AnnouncementRuns.Combine(rows).Single());

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.DoesNotContain(first.MessageId, rows.Select(r => Guid.Parse(r.MessageId)));
    }
}
