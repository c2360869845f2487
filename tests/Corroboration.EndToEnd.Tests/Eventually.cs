using System.Diagnostics;
using Corroboration.Protos.V1;

namespace Corroboration.EndToEnd.Tests;

/// <summary>Bounded polling for the suite's eventual consistency.</summary>
public static class Eventually
{
    /// <summary>The default bound for a report to travel Ingest → Matching → Scoring.</summary>
    public static readonly TimeSpan PipelineTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Calls <paramref name="probe"/> until it returns a value, or fails after <paramref name="timeout"/>
    /// with <paramref name="describe"/> of the last state seen.
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> describe)
        where T : class
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"not reached within {timeout.TotalSeconds:0} s; last state: {describe()}");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Every current score, through all pages.</summary>
    public static async Task<List<ScoredIncident>> AllScoresAsync(ScoringService.ScoringServiceClient scoring)
    {
        var all = new List<ScoredIncident>();
        var token = "";
        do
        {
            var page = await scoring.ListScoresAsync(new ListScoresRequest { PageSize = 500, PageToken = token }, deadline: DateTime.UtcNow.AddSeconds(30));
            all.AddRange(page.Scores);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }

    public static string Describe(IEnumerable<ScoredIncident> scores)
    {
        var text = string.Join("; ", scores.Select(s => $"{s.Id} v{s.Version} {s.Grade} sources={s.IndependentSources} reports=[{string.Join(",", s.ReportIds)}]"));
        return text.Length == 0 ? "(no scores)" : text;
    }
}
