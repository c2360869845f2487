using System.Diagnostics;
using System.Globalization;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro generate</c>: writes a synthetic multi-source corpus (reports JSONL) and its gold
/// TSV, streaming both to disk, so the suite can be measured at any size.
/// </summary>
public static class GenerateCommand
{
    public static int Run(CommandLine line)
    {
        line.AllowOnly("reports", "seed", "out", "gold");
        var reports = Positive(line.Required("reports"), "reports");
        var seed = NonNegative(line.Required("seed"), "seed");
        var output = line.Required("out");
        var goldFile = line.Required("gold");
        if (Path.GetFullPath(output) == Path.GetFullPath(goldFile))
        {
            throw new UsageException("--out and --gold must be different files");
        }
        var clock = Stopwatch.StartNew();
        SyntheticCorpusSummary summary;
        using (var reportsStream = Create(output))
        using (var goldStream = Create(goldFile))
        {
            summary = SyntheticCorpusWriter.Write(new SyntheticCorpus(Gazetteer.LoadBundled(), seed), reports, reportsStream, goldStream);
        }
        var languages = string.Join(", ", summary.Languages.Select(l => $"{l.Key} {l.Value}"));
        Console.WriteLine(
            $"generate: {summary.Reports} reports about {summary.Incidents} incidents ({summary.Hoaxes} hoaxes; {languages}) "
            + $"in {clock.Elapsed.TotalSeconds:0.0} s → {output}, {goldFile}");
        return 0;
    }

    private static FileStream Create(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    internal static int Positive(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"--{name} must be a positive integer, not '{value}'");

    internal static int NonNegative(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"--{name} must be a non-negative integer, not '{value}'");
}
