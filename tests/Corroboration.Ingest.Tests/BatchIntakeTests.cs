using Corroboration.Contracts;
using Corroboration.Ingest.Intake;
using Corroboration.Protos;
using Corroboration.Testing;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Ingest.Tests;

/// <summary>Reports submitted together are stored as they would be one at a time, in one transaction.</summary>
public class BatchIntakeTests
{
    [Fact]
    public Task ABatchIsTakenInAsTheSameReportsOneAtATimeWouldBe() => TakesInAsOneAtATimeAsync(settings: null);

    [PostgresFact]
    public async Task ABatchIsTakenInAsTheSameReportsOneAtATimeWouldBeOnPostgres()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await TakesInAsOneAtATimeAsync(new Dictionary<string, string> { ["Database:Provider"] = "postgres", ["Database:ConnectionString"] = database.ConnectionString });
    }

    private static async Task TakesInAsOneAtATimeAsync(IReadOnlyDictionary<string, string>? settings)
    {
        await using var factory = IngestFactory.Create(settings);
        var harness = factory.Services.GetTestHarness();
        await harness.Start();
        var a = ReportMapper.ToPayload(Reports.Valid("a"));
        var edited = a with { Text = a.Text + " Rescuers said the toll could rise." };
        var b = ReportMapper.ToPayload(Reports.Valid("b"));
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ReportIntake>();

        var results = await intake.SubmitAllAsync([a, edited, b, edited, a with { Id = "" }, b], CancellationToken.None);
        var again = await intake.SubmitAllAsync([b, a], CancellationToken.None);

        Assert.Equal(
            [(IntakeOutcome.Accepted, 1L), (IntakeOutcome.Updated, 2L), (IntakeOutcome.Accepted, 1L), (IntakeOutcome.Unchanged, 2L), (IntakeOutcome.Rejected, 0L), (IntakeOutcome.Unchanged, 1L)],
            results.Select(r => (r.Outcome, r.Version)));
        Assert.True(results[0].ClaimCount > 0);
        Assert.Equal([(IntakeOutcome.Unchanged, 1L), (IntakeOutcome.Updated, 3L)], again.Select(r => (r.Outcome, r.Version)));
        Assert.True(await harness.Published.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == "a" && r.Version == 3)));
        var announced = await harness.Published.SelectAsync<ReportBatchIngested>().SelectMany(m => m.Context.Message.Reports.ToAsyncEnumerable())
            .Select(r => (r.ReportId, r.Version)).ToListAsync();
        // In the order stored: a; its edit and b; nothing for the repeats; a again, a change.
        Assert.Equal([("a", 1L), ("a", 2L), ("b", 1L), ("a", 3L)], announced);
    }
}
