using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Interchange;
using Corroboration.Core.Synthetic;

namespace Corroboration.Host.Demo;

/// <summary>The reports a demo feeds, lazily, in a fixed order (the first one marks a demo database).</summary>
public static class DemoCorpus
{
    /// <summary>Where <c>samples/sample.reports.jsonl</c> ships: next to the program.</summary>
    public static string SamplesFile => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    public static IAsyncEnumerable<ReportPayload> Read(DemoOptions options) => options.Corpus.ToLowerInvariant() switch
    {
        "synthetic" when options.Reports > 0 => Synthetic(options),
        "synthetic" => throw new InvalidOperationException($"Demo:Reports must be positive, not {options.Reports}."),
        "samples" when File.Exists(SamplesFile) => Samples(),
        "samples" => throw new InvalidOperationException($"Demo:Corpus=samples: {SamplesFile} is missing from the build output."),
        _ => throw new InvalidOperationException($"Demo:Corpus must be synthetic or samples, not '{options.Corpus}'."),
    };

    /// <summary>What <see cref="Read"/> feeds, for the log.</summary>
    public static string Describe(DemoOptions options) =>
        IsSamples(options) ? SamplesFile : $"{options.Reports} generated reports, seed {options.Seed}";

    private static bool IsSamples(DemoOptions options) => options.Corpus.Equals("samples", StringComparison.OrdinalIgnoreCase);

    private static async IAsyncEnumerable<ReportPayload> Synthetic(DemoOptions options)
    {
        await Task.Yield(); // generating is CPU work: not on the caller's start-up path
        foreach (var report in new SyntheticCorpus(Gazetteer.LoadBundled(), options.Seed).Generate(options.Reports))
        {
            yield return report.Report;
        }
    }

    private static async IAsyncEnumerable<ReportPayload> Samples()
    {
        using var reader = File.OpenText(SamplesFile);
        await foreach (var line in JsonlReader.ReadAsync<ReportPayload>(reader))
        {
            if (line.Value is not null) // a line that is not a report is skipped, as corro import does
            {
                yield return line.Value;
            }
        }
    }
}
