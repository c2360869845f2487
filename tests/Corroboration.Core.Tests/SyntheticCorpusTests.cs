using System.Text;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;
using Corroboration.Core.Validation;

namespace Corroboration.Core.Tests;

public class SyntheticCorpusTests
{
    // One corpus shared by these tests and SyntheticExtractionTests: generating it once keeps them fast.
    private static readonly Lazy<IReadOnlyList<SyntheticReport>> Shared = new(() => new SyntheticCorpus(Gazetteer.LoadBundled(), 42).Generate(6000).ToList());

    internal static IReadOnlyList<SyntheticReport> Reports => Shared.Value;

    [Fact]
    public void TheSameSeedWritesByteIdenticalFiles()
    {
        var (reportsA, goldA) = Write(seed: 11, reports: 3000);
        var (reportsB, goldB) = Write(seed: 11, reports: 3000);
        Assert.Equal(reportsA, reportsB);
        Assert.Equal(goldA, goldB);
    }

    [Fact]
    public void DifferentSeedsWriteDifferentCorpora()
    {
        var (reportsA, goldA) = Write(seed: 11, reports: 500);
        var (reportsB, goldB) = Write(seed: 12, reports: 500);
        Assert.NotEqual(reportsA, reportsB);
        Assert.NotEqual(goldA, goldB);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2500)]
    public void ItWritesExactlyTheRequestedNumberOfReportsAndGoldLines(int count)
    {
        var (reports, gold) = Write(seed: 3, reports: count);
        Assert.Equal(count, Lines(reports).Length);
        Assert.Equal(count, Lines(gold).Length);
    }

    [Fact]
    public void EveryReportPassesTheValidator()
    {
        foreach (var item in Reports)
        {
            Assert.Empty(ReportValidator.Validate(item.Report));
        }
    }

    [Fact]
    public void GoldIdsAreTheReportIdsOnceEach()
    {
        var (reports, gold) = Write(seed: 5, reports: 2000);
        var reportIds = Lines(reports).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        var goldRows = Lines(gold).Select(l => l.Split('\t')).ToList();
        Assert.Equal(reportIds, goldRows.Select(f => f[0]));
        Assert.Equal(reportIds.Count, reportIds.Distinct().Count());
        Assert.All(reportIds, id => Assert.StartsWith("syn-5-", id));
        Assert.All(goldRows, f =>
        {
            Assert.Equal(8, f.Length);
            Assert.Contains(f[2], new[] { "real", "hoax" });
            Assert.True(DateOnly.TryParseExact(f[3], "yyyy-MM-dd", out _));
        });
    }

    [Fact]
    public void SomeIncidentsAreHoaxesThatOnlyOneSourceAssertsOrItsCopies()
    {
        var hoaxes = Reports.Where(r => r.Gold.IsHoax).GroupBy(r => r.Gold.IncidentId).ToList();
        Assert.True(hoaxes.Count >= 50, $"only {hoaxes.Count} hoaxes");
        foreach (var hoax in hoaxes)
        {
            var asserting = hoax.Where(r => r.Role is ReportRole.Origin or ReportRole.Copy).ToList();
            var origin = Assert.Single(asserting, r => r.Role == ReportRole.Origin);
            Assert.Contains(origin.Report.SourceType, new[] { "social", "party" });
            Assert.All(asserting.Where(r => r.Role == ReportRole.Copy), copy => Assert.Equal(origin.Report.Id, copy.CopyOf));
            Assert.All(hoax.Where(r => r.Role is not (ReportRole.Origin or ReportRole.Copy)), r => Assert.Contains(r.Role, new[] { ReportRole.Denial, ReportRole.Refutation }));
        }
        Assert.Contains(Reports, r => r.Gold.IsHoax && r.Role == ReportRole.Copy);
        Assert.Contains(Reports, r => r.Role == ReportRole.Refutation);
    }

    [Fact]
    public void ReportsComeInEnglishAndArabicFromEveryKindOfSource()
    {
        Assert.InRange(Reports.Count(r => r.Language == "ar") / (double)Reports.Count, 0.3, 0.8);
        Assert.InRange(Reports.Count(r => r.Language == "en") / (double)Reports.Count, 0.2, 0.7);
        foreach (var type in new[] { "ngo", "wire", "media", "local_monitor", "social", "government", "party" })
        {
            Assert.Contains(Reports, r => r.Report.SourceType == type);
        }
        Assert.True(Reports.Select(r => r.Report.Source).Distinct().Count() > 60);
        Assert.Contains(Reports, r => r.Report.Text.Any(c => c is >= '\u0660' and <= '\u0669'));
    }

    [Fact]
    public void TextsVaryInTemplateDateFormAndSpelling()
    {
        var leads = Reports.Select(r => r.Template.Split('+')[0]).Distinct().ToList();
        Assert.True(leads.Count >= 25, $"only {leads.Count} templates: {string.Join(", ", leads)}");
        Assert.True(Reports.Select(r => r.Report.Text).Distinct().Count() > Reports.Count * 0.8);
        // Places are spelled several ways ("Idlib/Idleb", "al-Bab/Bab"): many English reports use another spelling than the gold one.
        var english = Reports.Where(r => r.Language == "en" && r.Role == ReportRole.Origin && r.Gold.Country == "Syria").ToList();
        Assert.InRange(english.Count(r => !r.Report.Text.Contains(r.Gold.Place, StringComparison.Ordinal)) / (double)english.Count, 0.15, 0.8);
        foreach (var form in new[] { "yesterday", "أمس", "اليوم", " on " })
        {
            Assert.Contains(Reports, r => r.Report.Text.Contains(form, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CoverageHasCopiesCitationsTranslationsAndDenials()
    {
        foreach (var role in Enum.GetValues<ReportRole>())
        {
            Assert.Contains(Reports, r => r.Role == role);
        }
        var byId = Reports.ToDictionary(r => r.Report.Id);
        var copies = Reports.Where(r => r.Role == ReportRole.Copy && byId.ContainsKey(r.CopyOf!)).ToList();
        Assert.NotEmpty(copies);
        // A copy repeats its original's lead: most of its text is the original's.
        Assert.All(copies, c => Assert.Contains(byId[c.CopyOf!].Report.Text[..40], c.Report.Text, StringComparison.Ordinal));
        Assert.Contains(Reports, r => r.Role == ReportRole.Citing && (r.Report.Text.Contains("according to") || r.Report.Text.Contains("وفق")));
        Assert.Contains(Reports, r => r.Role == ReportRole.Denial && (r.Report.Text.Contains("denied") || r.Report.Text.Contains("نفت") || r.Report.Text.Contains("نفى")));
    }

    [Fact]
    public void IncidentsGetHeavyTailedCoverage()
    {
        var sizes = Reports.Where(r => !r.Gold.IsHoax).GroupBy(r => r.Gold.IncidentId).Select(g => g.Count()).ToList();
        Assert.True(sizes.Count(s => s <= 3) > sizes.Count * 0.7);
        Assert.Contains(sizes, s => s >= 10);
    }

    [Fact]
    public void ConfusableIncidentsSitCloseInTimeAndPlace()
    {
        var incidents = Reports.Select(r => r.Gold).DistinctBy(g => g.IncidentId).ToList();
        var byPlace = incidents.GroupBy(g => (g.Place, g.Admin1)).Where(g => g.Count() > 1).ToList();
        Assert.Contains(byPlace, g => g.Any(a => g.Any(b => Math.Abs(a.Date.DayNumber - b.Date.DayNumber) == 1)));
        Assert.Contains(byPlace, g => g.Any(a => g.Any(b => Math.Abs(a.Date.DayNumber - b.Date.DayNumber) is >= 6 and <= 8)));
        var sameDay = incidents.GroupBy(g => (g.Date, g.Admin1, g.Perpetrator)).Where(g => g.Select(i => i.Place).Distinct().Count() > 1);
        Assert.NotEmpty(sameDay);
    }

    [Fact]
    public void OnlyAFewNgoReportsCarryCodedClaims()
    {
        var coded = Reports.Where(r => r.Report.Claims is { Count: > 0 }).ToList();
        Assert.NotEmpty(coded);
        Assert.All(coded, r => Assert.Contains(r.Report.SourceType, new[] { "ngo", "un" }));
        Assert.True(coded.Count < Reports.Count * 0.05);
    }

    [Fact]
    public void ReportsAreMostlyPlacesInSyriaWithSomeInIraqAndYemen()
    {
        var countries = Reports.GroupBy(r => r.Gold.Country).ToDictionary(g => g.Key, g => g.Count() / (double)Reports.Count);
        Assert.True(countries["Syria"] > 0.7);
        Assert.True(countries.GetValueOrDefault("Iraq") > 0.02);
        Assert.True(countries.GetValueOrDefault("Yemen") > 0.02);
    }

    [Fact]
    public void ZeroOrNegativeSizesAreRefused()
    {
        var corpus = new SyntheticCorpus(Gazetteer.LoadBundled(), 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Generate(0));
    }

    private static (byte[] Reports, byte[] Gold) Write(int seed, int reports)
    {
        using var reportStream = new MemoryStream();
        using var goldStream = new MemoryStream();
        var summary = SyntheticCorpusWriter.Write(new SyntheticCorpus(Gazetteer.LoadBundled(), seed), reports, reportStream, goldStream);
        Assert.Equal(reports, summary.Reports);
        return (reportStream.ToArray(), goldStream.ToArray());
    }

    private static string[] Lines(byte[] utf8) => Encoding.UTF8.GetString(utf8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
