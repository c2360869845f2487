using System.Diagnostics;
using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// The all-in-one host as an operator runs it: JSON console logs, metrics on a port of their own,
/// and some reports submitted over gRPC within one known trace (the <c>traceparent</c> a traced
/// client sends), followed until Scoring has scored them. In-memory bus and a throwaway SQLite
/// file: no RabbitMQ or PostgreSQL needed.
/// </summary>
public sealed class OperationsHost : IAsyncLifetime
{
    public const int Reports = 3;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"corro-operations-{Guid.NewGuid():N}.db");

    public ServiceProcess Host { get; private set; } = null!;

    public Uri MetricsAddress { get; } = new($"http://127.0.0.1:{ServiceProcess.FreePort()}");

    /// <summary>The trace the reports were submitted in, as the client's own span started it.</summary>
    public ActivityTraceId TraceId { get; } = ActivityTraceId.CreateRandom();

    public ActivitySpanId ClientSpanId { get; } = ActivitySpanId.CreateRandom();

    public async Task InitializeAsync()
    {
        Host = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), new Dictionary<string, string>
        {
            ["Database__Provider"] = "sqlite",
            ["Database__ConnectionString"] = $"Data Source={_database}",
            ["Bus__Transport"] = "inmemory",
            ["Auth__Open"] = "true",
            ["Metrics__Url"] = MetricsAddress.ToString().TrimEnd('/'),
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Corroboration"] = "Debug",
        });
        await Host.WaitUntilServingAsync(StartupTimeout);
        var ingest = new IngestService.IngestServiceClient(Host.Channel);
        var traceparent = new Metadata { { "traceparent", $"00-{TraceId}-{ClientSpanId}-01" } };
        for (var i = 0; i < Reports; i++)
        {
            var report = Corroboration.EndToEnd.Tests.Reports.Report(
                $"ops-{i}", $"monitor-{i}", "local_monitor", "2024-03-02T10:00:00Z", "Airstrike on Kafr Nabl",
                "An airstrike hit the market of Kafr Nabl on 1 March 2024, killing 7 civilians.",
                Corroboration.EndToEnd.Tests.Reports.Claim("2024-03-01", "Kafr Nabl", "Syria", 35.61, 36.56, 6, 8));
            await ingest.SubmitReportAsync(new SubmitReportRequest { Report = report }, traceparent, DateTime.UtcNow.AddSeconds(30));
        }
        // Scored: the last hop of the pipeline has logged (whether in the trace is for the tests to see).
        await Eventually.UntilAsync(
            () => Task.FromResult(LogLines().FirstOrDefault(line => line.Category.EndsWith(".IncidentRescorer"))),
            Eventually.PipelineTimeout,
            () => Host.Output.Text(40));
    }

    /// <summary>The process's console lines that are JSON log entries.</summary>
    public IReadOnlyList<JsonLogLine> LogLines() => Host.Output.JsonLogLines();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
