using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Grpc.Core;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Ingest.Tests;

public class IngestGrpcServiceTests
{
    [Fact]
    public async Task ASubmittedReportIsStoredWithExtractedClaimsAndAnnounced()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();
        var harness = factory.Services.GetTestHarness();

        var result = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() });

        Assert.Equal(SubmitOutcome.Accepted, result.Outcome);
        Assert.Equal(1, result.Version);
        var stored = await client.GetReportAsync(new GetReportRequest { Id = "r1" });
        Assert.True(stored.ClaimsExtracted);
        var claim = Assert.Single(stored.Report.Claims);
        Assert.Equal("2023-10-05", claim.OccurredOn);
        Assert.Equal(12, claim.KilledMin);
        Assert.True(await harness.Published.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == "r1")));
    }

    [Fact]
    public async Task ResubmittingSameIdUpdatesInsteadOfDuplicating()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();

        var first = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() });
        var again = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() });
        var changed = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid(text: "Rescuers now say 14 civilians were killed in Ariha on 5 October 2023.") });

        Assert.Equal((SubmitOutcome.Accepted, 1L), (first.Outcome, first.Version));
        Assert.Equal((SubmitOutcome.Unchanged, 1L), (again.Outcome, again.Version));
        Assert.Equal((SubmitOutcome.Updated, 2L), (changed.Outcome, changed.Version));
        var stored = await client.GetReportAsync(new GetReportRequest { Id = "r1" });
        Assert.Equal(2, stored.Version);
        Assert.Contains("14 civilians", stored.Report.Text);
    }

    [Fact]
    public async Task InvalidReportFailsWithFieldViolations()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();
        var report = Reports.Valid(id: "");
        report.SourceType = "blog";
        report.PublishedAt = "yesterday";

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(new SubmitReportRequest { Report = report }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(["id", "sourceType", "publishedAt"], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task EmptyTextWithoutClaimsAndOversizedTextAreRejected()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();

        var empty = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid(text: "") }).ResponseAsync);
        var huge = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid(text: new string('a', 1024 * 1024 + 1)) }).ResponseAsync);

        Assert.Equal("text", empty.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
        Assert.Equal(StatusCode.InvalidArgument, huge.StatusCode);
    }

    [Fact]
    public async Task StreamingABatchGivesOneResultPerItemAndRejectsOnlyTheBadOne()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();

        using var call = client.SubmitReports();
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = Reports.Valid("a") });
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = Reports.Valid("") });
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = Reports.Valid("a") });
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = Reports.Valid("b") });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(
            [SubmitOutcome.Accepted, SubmitOutcome.Rejected, SubmitOutcome.Unchanged, SubmitOutcome.Accepted],
            response.Results.Select(r => r.Outcome));
        Assert.Equal([0, 1, 2, 3], response.Results.Select(r => r.Index));
        Assert.Equal("id", response.Results[1].Violations.Single().Field);
        Assert.Equal((2, 1, 1), (response.Accepted, response.Rejected, response.Unchanged));
    }

    [Fact]
    public async Task UnknownReportIsNotFound()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();
        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetReportAsync(new GetReportRequest { Id = "nope" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
