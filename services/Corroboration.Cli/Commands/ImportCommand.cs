using System.Diagnostics;
using Corroboration.Cli.Pipeline;
using Corroboration.Cli.Remote;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro import</c>: a reports file into a running Ingest service, in batches over the
/// client-streaming <c>SubmitReports</c>. A batch that fails because the server is away is sent
/// again after a backoff, so a restarted server loses nothing; a bad line or rejected report is
/// told as <c>FILE:LINE: reason</c> and the rest goes on.
/// </summary>
public static class ImportCommand
{
    public const int DefaultBatch = 100;
    public const int MaxBatch = 1000;

    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("in", "ingest", "token", "batch", "retry-for");
        var input = line.Required("in");
        var batchSize = line.WholeNumber("batch", DefaultBatch, MaxBatch);
        var retryFor = TimeSpan.FromSeconds(line.WholeNumber("retry-for", 120, 3600));
        using var server = ServerConnection.FromOptions(line, "ingest");
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"corro: input file '{input}' not found");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.ForStandardError();
        var tally = new ImportTally();
        var sender = new ReportBatchSender(server, new Retrying(retryFor, message =>
        {
            tally.Retries++;
            progress.Clear();
            Console.Error.WriteLine($"corro: {server.Address} failed ({message})");
        }));
        await using var file = File.OpenRead(input);
        using var reader = new StreamReader(file);
        var batch = new List<JsonlLine<ReportPayload>>(batchSize);
        try
        {
            await foreach (var item in JsonlReader.ReadAsync<ReportPayload>(reader))
            {
                if (item.Value is null)
                {
                    tally.BadLines++;
                    LineProblems.Tell(progress, input, item.LineNumber, LineProblems.Unreadable(item.Error!));
                    continue;
                }
                batch.Add(item);
                if (batch.Count == batchSize)
                {
                    await SendAsync(sender, batch, input, tally, progress);
                    progress.Show(Bar(file, tally));
                }
            }
            if (batch.Count > 0)
            {
                await SendAsync(sender, batch, input, tally, progress);
            }
        }
        catch (RpcException ex)
        {
            progress.Clear();
            Console.Error.WriteLine($"corro: import stopped: {ex.StatusCode}: {ex.Status.Detail} (at line {batch.FirstOrDefault()?.LineNumber}; {tally})");
            return 1;
        }
        progress.Clear();
        Console.WriteLine($"import: {tally} in {clock.Elapsed.TotalSeconds:0.0} s → {server.Address}");
        return 0;
    }

    private static async Task SendAsync(ReportBatchSender sender, List<JsonlLine<ReportPayload>> batch, string input, ImportTally tally, ProgressLine progress)
    {
        var response = await sender.SendAsync(batch, CancellationToken.None);
        foreach (var result in response.Results.Where(r => r.Outcome == SubmitOutcome.Rejected))
        {
            progress.Clear();
            var lineNumber = result.Index >= 0 && result.Index < batch.Count ? batch[result.Index].LineNumber : 0;
            Console.Error.WriteLine($"{input}:{lineNumber}: report '{result.Id}' rejected: "
                + string.Join("; ", result.Violations.Select(v => $"{v.Field} {v.Description}")));
        }
        tally.Add(response);
        batch.Clear();
    }

    /// <summary>How far through the file (by bytes read), as a bar.</summary>
    private static string Bar(FileStream file, ImportTally tally)
    {
        var fraction = file.Length == 0 ? 1 : Math.Min(1, (double)file.Position / file.Length);
        var filled = (int)Math.Round(fraction * 30);
        return $"[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction:P0} {tally.Sent} reports sent";
    }
}
