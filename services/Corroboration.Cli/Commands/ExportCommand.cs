using System.Diagnostics;
using System.Text.Json;
using Corroboration.Cli.Remote;
using Corroboration.Core.Interchange;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults;
using Grpc.Core;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro export</c>: every scored incident of a running Scoring service, paged through
/// <c>ListScores</c> (incident id order), written in the format <c>corroborate</c> writes. The file
/// appears only when complete.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("scoring", "out", "token", "retry-for");
        var output = line.Required("out");
        var retryFor = TimeSpan.FromSeconds(line.WholeNumber("retry-for", 120, 3600));
        using var server = ServerConnection.FromOptions(line, "scoring");
        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.ForStandardError();
        var retrying = new Retrying(retryFor, message =>
        {
            progress.Clear();
            Console.Error.WriteLine($"corro: {server.Address} failed ({message})");
        });
        var client = new ScoringService.ScoringServiceClient(server.Channel);
        var partial = output + ".partial";
        var (incidents, grades) = (0, new SortedDictionary<string, int>(StringComparer.Ordinal));
        try
        {
            await using (var writer = new StreamWriter(partial))
            {
                var pageToken = "";
                do
                {
                    var request = new ListScoresRequest { PageSize = Paging.MaxPageSize, PageToken = pageToken };
                    var page = await retrying.RunAsync(
                        token => client.ListScoresAsync(request, null, DateTime.UtcNow.AddMinutes(1), token).ResponseAsync, CancellationToken.None);
                    foreach (var scored in page.Scores)
                    {
                        await writer.WriteLineAsync(JsonSerializer.Serialize(IncidentMapper.ToPayload(scored), InterchangeJson.Options));
                        grades[scored.Grade] = grades.GetValueOrDefault(scored.Grade) + 1;
                        incidents++;
                    }
                    progress.Show($"{incidents} incidents");
                    pageToken = page.NextPageToken;
                }
                while (pageToken.Length > 0);
            }
            File.Move(partial, output, overwrite: true);
        }
        catch (RpcException ex)
        {
            File.Delete(partial);
            progress.Clear();
            Console.Error.WriteLine($"corro: export failed after {incidents} incidents: {ex.StatusCode}: {ex.Status.Detail}");
            return 1;
        }
        progress.Clear();
        Console.WriteLine($"export: {incidents} incidents ({string.Join(", ", grades.Select(g => $"{g.Key} {g.Value}"))}) "
            + $"in {clock.Elapsed.TotalSeconds:0.0} s → {output}");
        return 0;
    }
}
