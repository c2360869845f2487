using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;
using Xunit.Abstractions;

namespace Corroboration.Core.Tests;

/// <summary>The generated corpus is realistic but parseable: the bundled extractor reads most of its dates and places.</summary>
public class SyntheticExtractionTests(ITestOutputHelper output)
{
    private static readonly ClaimExtractor Extractor = new(Gazetteer.LoadBundled());

    [Fact]
    public void TheExtractorRecoversTheTrueDateOfMostReportsThatStateOne()
    {
        var stated = Sample().Where(r => r.StatesDate).ToList();
        var right = stated.Count(r => Extractor.Extract(WithoutClaims(r)).Claims.FirstOrDefault()?.OccurredOn == Iso(r.Gold.Date));
        var share = right / (double)stated.Count;
        output.WriteLine($"date right in {right} of {stated.Count} ({share:P1}) of reports with a full date");
        // For information: relative dates, dates without a year and undated texts are harder.
        var all = Sample().ToList();
        var within = all.Count(r => Extractor.Extract(WithoutClaims(r)).Claims.FirstOrDefault()?.OccurredOn is { } on && Math.Abs(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture).DayNumber - r.Gold.Date.DayNumber) <= 1);
        output.WriteLine($"date within a day in {within} of all {all.Count} ({within / (double)all.Count:P1})");
        Assert.True(stated.Count > 300);
        Assert.True(share > 0.75, $"date right in only {share:P1}");
    }

    [Fact]
    public void TheExtractorPlacesMostReportsInTheRightGovernorate()
    {
        var stated = Sample().Where(r => r.StatesPlace).ToList();
        var right = stated.Count(r => Extractor.Extract(WithoutClaims(r)).Claims.FirstOrDefault()?.Admin1 == r.Gold.Admin1);
        var share = right / (double)stated.Count;
        output.WriteLine($"governorate right in {right} of {stated.Count} ({share:P1})");
        Assert.True(share > 0.75, $"governorate right in only {share:P1}");
    }

    // Every third report: enough to measure, quick to extract.
    private static IEnumerable<SyntheticReport> Sample() => SyntheticCorpusTests.Reports.Where((_, i) => i % 3 == 0);

    // Coded claims would be used as they are; the text is what is measured.
    private static Contracts.ReportPayload WithoutClaims(SyntheticReport r) => r.Report with { Claims = null };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
