using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroboration.Cli.Tests;

/// <summary><c>corro calibrate</c> on the bundled sample, with truth written here by hand.</summary>
[Collection("Console")]
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-cli-").FullName;

    /// <summary>The sample's incidents, all real but the lone social post from Atarib, taken here for a hoax.</summary>
    private static readonly string[] Gold =
    [
        "sample-amnesty-ariha\tariha\treal",
        "sample-reuters-ariha\tariha\treal",
        "sample-daily-ariha\tariha\treal",
        "sample-monitor-ariha\tariha\treal",
        "sample-denial-ariha\tariha\treal",
        "sample-qamishli-ar\tqamishli\treal",
        "sample-qamishli-en\tqamishli\treal",
        "sample-qamishli-ypg\tqamishli\treal",
        "sample-atarib-social\tatarib\thoax",
        "sample-coded-hospital\thospital\treal",
        "sample-hospital-media\thospital\treal",
    ];

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    [Fact]
    public async Task PrintsTheCalibrationErrorTheAucsAndAReliabilityTable()
    {
        var gold = Path.Combine(_folder, "sample.gold.tsv");
        File.WriteAllLines(gold, Gold);

        var (code, stdout, stderr) = await Corro.RunAsync("calibrate", "--in", Sample, "--gold", gold, "--db", Path.Combine(_folder, "batch.db"));

        Assert.True(code == 0, stderr);
        Assert.Contains("calibrate: 11 reports (0 lines rejected)", stdout);
        Assert.Matches(@"(?m)^incidents=\d+ real=\d+ hoax=1$", stdout);
        var figures = new[]
        {
            Regex.Match(stdout, @"(?m)^ece=(\S+) \(10 equal-width bins\)$"),
            Regex.Match(stdout, @"(?m)^auc confidence=(\S+) report_count=(\S+) \(real vs hoax\)$"),
        };
        Assert.All(figures, f => Assert.True(f.Success, stdout));
        Assert.All(figures.SelectMany(f => f.Groups.Values.Skip(1)), g => Assert.InRange(double.Parse(g.Value, CultureInfo.InvariantCulture), 0, 1));
        Assert.Equal(10, Regex.Matches(stdout, @"(?m)^\d\.\d-\d\.\d ").Count);
    }

    [Fact]
    public async Task AVeracityOtherThanRealOrHoaxFailsNamingTheLine()
    {
        var gold = Path.Combine(_folder, "bad.gold.tsv");
        File.WriteAllLines(gold, ["sample-amnesty-ariha\tariha\treal", "sample-reuters-ariha\tariha\tprobably"]);

        var (code, _, stderr) = await Corro.RunAsync("calibrate", "--in", Sample, "--gold", gold, "--db", Path.Combine(_folder, "batch.db"));

        Assert.Equal(1, code);
        Assert.Contains("bad.gold.tsv: line 2:", stderr);
    }

    [Fact]
    public async Task GoldThatNeverSaysRealOrHoaxIsRefused()
    {
        var gold = Path.Combine(_folder, "clusters.gold.tsv");
        File.WriteAllLines(gold, ["sample-amnesty-ariha\tariha", "sample-reuters-ariha\tariha"]);

        var (code, _, stderr) = await Corro.RunAsync("calibrate", "--in", Sample, "--gold", gold, "--db", Path.Combine(_folder, "batch.db"));

        Assert.Equal(1, code);
        Assert.Contains("no line says real or hoax", stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
