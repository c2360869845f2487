using System.Text.Json;
using Corroboration.Contracts;
using MassTransit;

namespace NewsroomConsumer;

/// <summary>
/// <c>submit</c>: publishes one <see cref="SubmitReport"/> per line of a <c>*.reports.jsonl</c>
/// file. A line that is not a report is told and skipped; the suite validates the rest (an
/// invalid report ends in <c>submit-report_error</c> with a <c>Fault&lt;SubmitReport&gt;</c>).
/// </summary>
public static class ReportSubmitter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(Options options, CancellationToken stop)
    {
        if (!File.Exists(options.Input))
        {
            throw new UsageException($"no such file: {options.Input}");
        }
        var bus = Bus.Factory.CreateUsingRabbitMq(options.Broker.Configure);
        using (var starting = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            starting.CancelAfter(TimeSpan.FromSeconds(60));
            await bus.StartAsync(starting.Token);
        }
        var (sent, skipped, lineNumber) = (0, 0, 0);
        try
        {
            foreach (var line in File.ReadLines(options.Input!))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                if (Read(line, out var reason) is not { } report)
                {
                    Console.Error.WriteLine($"{options.Input}:{lineNumber}: {reason}; line skipped");
                    skipped++;
                    continue;
                }
                await bus.Publish(new SubmitReport(report), stop);
                sent++;
            }
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
        Console.WriteLine($"submit: {sent} SubmitReport commands published to {options.Broker} ({skipped} lines skipped)");
        return skipped == 0 ? 0 : 1;
    }

    private static ReportPayload? Read(string line, out string reason)
    {
        try
        {
            var report = JsonSerializer.Deserialize<ReportPayload>(line, Json);
            reason = report is null ? "the line is JSON null" : string.IsNullOrWhiteSpace(report.Id) ? "no \"id\"" : "";
            return reason.Length == 0 ? report : null;
        }
        catch (JsonException ex)
        {
            reason = $"not a report object: {ex.Message}";
            return null;
        }
    }
}
