using System.Diagnostics;
using Corroboration.Ingest.Data;
using Corroboration.Ingest.Intake;
using Microsoft.Extensions.Options;

namespace Corroboration.Host.Demo;

/// <summary>
/// Once the Host is serving, feeds the demo corpus through Ingest (the same intake as gRPC and the
/// bus), logging progress; Matching and Scoring follow as on any other report. It loads only into
/// an empty database or one it loaded before (its first report is there): a restart sends the
/// corpus again, and Ingest answers each report it already has as unchanged, so nothing doubles
/// and an interrupted load completes. A database holding other reports is left alone.
/// </summary>
public sealed class DemoSeeder(
    IOptions<DemoOptions> options, IServiceScopeFactory scopes, ReportStore store, IHostApplicationLifetime lifetime, ILogger<DemoSeeder> logger)
    : BackgroundService
{
    private const int ProgressEvery = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }
        var demo = options.Value;
        logger.LogInformation("Demo: feeding the {Corpus} corpus through Ingest ({What})", demo.Corpus, DemoCorpus.Describe(demo));
        var clock = Stopwatch.StartNew();
        var (fed, accepted, unchanged, rejected) = (0, 0, 0, 0);
        await using var scope = scopes.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ReportIntake>();
        await foreach (var report in DemoCorpus.Read(demo).WithCancellation(stoppingToken))
        {
            if (fed == 0 && await store.AnyAsync(stoppingToken) && !(await store.FindHashesAsync([report.Id], stoppingToken)).ContainsKey(report.Id))
            {
                logger.LogWarning("Demo: the database already holds reports that are not the demo's ({FirstId} is missing); the {Corpus} corpus is not loaded", report.Id, demo.Corpus);
                return;
            }
            var result = await intake.SubmitAsync(report, stoppingToken);
            fed++;
            accepted += result.Outcome is IntakeOutcome.Accepted or IntakeOutcome.Updated ? 1 : 0;
            unchanged += result.Outcome == IntakeOutcome.Unchanged ? 1 : 0;
            rejected += result.Outcome == IntakeOutcome.Rejected ? 1 : 0;
            if (fed % ProgressEvery == 0)
            {
                logger.LogInformation("Demo: {Fed} reports fed", fed);
            }
        }
        logger.LogInformation(
            "Demo: {Corpus} corpus fed in {Seconds:0.0} s: {Fed} reports (new {Accepted}, already there {Unchanged}, rejected {Rejected}); incidents appear as Matching and Scoring catch up",
            demo.Corpus, clock.Elapsed.TotalSeconds, fed, accepted, unchanged, rejected);
    }

    /// <summary>Waits until the Host is serving (migrations done, endpoints up); false when it stops first.</summary>
    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
