using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroboration.Cli.Tests;

/// <summary><c>corro evaluate</c> on the bundled sample, with gold written here by hand.</summary>
[Collection("Console")]
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-cli-").FullName;

    /// <summary>The sample's four incidents as its author meant them, and one report not in the input.</summary>
    private static readonly string[] Gold =
    [
        "sample-amnesty-ariha\tariha\treal",
        "sample-reuters-ariha\tariha",
        "sample-daily-ariha\tariha",
        "sample-monitor-ariha\tariha",
        "sample-denial-ariha\tariha",
        "sample-qamishli-ar\tqamishli",
        "sample-qamishli-en\tqamishli",
        "sample-qamishli-ypg\tqamishli",
        "sample-atarib-social\tatarib",
        "sample-coded-hospital\thospital",
        "sample-hospital-media\thospital",
        "not-in-the-input\telsewhere",
    ];

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    [Fact]
    public async Task PrintsPairwiseAndBCubedFiguresBetweenZeroAndOne()
    {
        var gold = Path.Combine(_folder, "sample.gold.tsv");
        File.WriteAllLines(gold, Gold);
        var output = Path.Combine(_folder, "out.jsonl");

        var (code, stdout, stderr) = await Corro.RunAsync(
            "evaluate", "--in", Sample, "--gold", gold, "--out", output, "--db", Path.Combine(_folder, "batch.db"));

        Assert.True(code == 0, stderr);
        Assert.Contains("evaluate: 11 reports (0 lines rejected)", stdout);
        Assert.Matches(@"(?m)^reports=12 unassigned=1 predicted_clusters=\d+ gold_clusters=5$", stdout);
        foreach (var measure in new[] { "pairwise", "bcubed" })
        {
            var figures = Regex.Match(stdout, $@"(?m)^{measure} P=(\S+) R=(\S+) F1=(\S+)$");
            Assert.True(figures.Success, stdout);
            Assert.All(figures.Groups.Values.Skip(1), g => Assert.InRange(double.Parse(g.Value, CultureInfo.InvariantCulture), 0, 1));
        }
        Assert.NotEmpty(File.ReadAllLines(output));
    }

    [Fact]
    public async Task AGoldLineWithoutATabFailsNamingTheLine()
    {
        var gold = Path.Combine(_folder, "bad.gold.tsv");
        File.WriteAllLines(gold, ["sample-amnesty-ariha\tariha", "sample-reuters-ariha ariha"]);

        var (code, _, stderr) = await Corro.RunAsync("evaluate", "--in", Sample, "--gold", gold, "--db", Path.Combine(_folder, "batch.db"));

        Assert.Equal(1, code);
        Assert.Contains("bad.gold.tsv: line 2:", stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
