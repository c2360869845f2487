using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Protos.V1;
using Corroboration.Testing;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Ingest.Tests;

/// <summary>Reports whose text yields no claims are stored and announced all the same, with a note why.</summary>
public class ReportIntakeTests
{
    [Theory]
    [InlineData("garbage", "\u00C3\u00A9\u00FF\u0001\u00BE\u00D0\u00A3 \uFFFD\uFFFD x\u00F0\u009F\u0092\u00A5 q#@!~ zz", ExtractionResult.NoIncidentDetails)]
    [InlineData("not-an-incident", "One moment, please... Please wait while your request is being verified...", ExtractionResult.NoIncidentDetails)]
    [InlineData("invisible", "\u200F\u202B\u2067\u200B\uFEFF \u2069\u202C\u200E", ExtractionResult.EmptyText)]
    public async Task AReportWithoutUsableTextIsStoredWithNoClaimsAndANoteAndAnnounced(string id, string text, string note)
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();
        var harness = factory.Services.GetTestHarness();

        var result = await client.SubmitReportAsync(new SubmitReportRequest { Report = Untitled(id, text) });

        Assert.Equal(SubmitOutcome.Accepted, result.Outcome);
        Assert.Equal(0, result.ClaimCount);
        var stored = await client.GetReportAsync(new GetReportRequest { Id = id });
        Assert.Empty(stored.Report.Claims);
        Assert.True(stored.ClaimsExtracted);
        Assert.Equal(note, stored.ExtractionNote);
        Assert.True(await harness.Published.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == id && r.Claims.Count == 0)));
    }

    [Fact]
    public async Task AReportWithClaimsHasNoNote()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();

        var result = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() });

        Assert.Equal(1, result.ClaimCount);
        Assert.Equal("", (await client.GetReportAsync(new GetReportRequest { Id = "r1" })).ExtractionNote);
    }

    [Fact]
    public async Task AnUpdateWithUsableTextClearsTheNote()
    {
        await using var factory = IngestFactory.Create();
        var client = factory.Client();

        var first = await client.SubmitReportAsync(new SubmitReportRequest { Report = Untitled("r1", "One moment, please...") });
        var updated = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() });

        Assert.Equal((SubmitOutcome.Accepted, 0), (first.Outcome, first.ClaimCount));
        Assert.Equal((SubmitOutcome.Updated, 1), (updated.Outcome, updated.ClaimCount));
        var stored = await client.GetReportAsync(new GetReportRequest { Id = "r1" });
        Assert.Single(stored.Report.Claims);
        Assert.Equal("", stored.ExtractionNote);
    }

    [Fact]
    public async Task AnExtractorThatThrowsCostsTheClaimsNotTheReport()
    {
        await using var factory = IngestFactory.Create();
        await using var broken = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton(BrokenExtractor())));
        var client = new IngestService.IngestServiceClient(TestChannels.Signed(broken.Server));
        var harness = broken.Services.GetTestHarness();

        var result = await client.SubmitReportAsync(new SubmitReportRequest { Report = Untitled("t1", "An air strike killed 3 civilians in Testville on 5 October 2023.") });

        Assert.Equal((SubmitOutcome.Accepted, 0), (result.Outcome, result.ClaimCount));
        var stored = await client.GetReportAsync(new GetReportRequest { Id = "t1" });
        Assert.Empty(stored.Report.Claims);
        Assert.Equal(ExtractionResult.ExtractionFailed, stored.ExtractionNote);
        Assert.True(await harness.Published.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == "t1" && r.Claims.Count == 0)));
    }

    /// <summary>A valid report whose only text is <paramref name="text"/> (the usual title names a place).</summary>
    private static Report Untitled(string id, string text)
    {
        var report = Reports.Valid(id, text);
        report.Title = "";
        return report;
    }

    /// <summary>An extractor whose gazetteer entry lacks its governorate: naming that place makes it throw.</summary>
    private static ClaimExtractor BrokenExtractor()
    {
        var extractor = new ClaimExtractor(new Gazetteer([new GazetteerPlace("Testville", [], 35.0, 36.0, "SY", null!, "town", 1)]));
        Assert.ThrowsAny<Exception>(() => extractor.Extract(new ReportPayload { Id = "probe", Text = "An air strike killed 3 civilians in Testville." }));
        return extractor;
    }
}
