using System.Text.RegularExpressions;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests;

/// <summary>
/// The prefiltered cue scan must give exactly the matches of the plain unanchored alternation.
/// </summary>
public class CueScannerTests
{
    [Fact]
    public void LiteralStartsExpandLeadingGroupsAndDropOptionalCharacters()
    {
        var starts = LiteralStarts.Of(@"\bsaa\b|houthis?|u\.s\.-led|turkish[- ]backed|(?<!\p{L})(?:ل|لل)?اسد(?!\p{L})|(?<g>(?:ال|لل)جيش (?:العربي )?السوري)|ab+c");

        Assert.Equal(["saa", "houthi", "u.s.-led", "turkish", "اسد", "لاسد", "للاسد", "الجيش السوري", "الجيش العربي السوري", "للجيش السوري", "للجيش العربي السوري", "ab"], starts);
    }

    [Fact]
    public void LiteralStartsReadOnIntoAGroupThatFollowsALiteral()
    {
        // The country cue's shape: a one-letter start would send the scan to every "و" of a text.
        var starts = LiteralStarts.Of(@"(?<!\p{L})(?:و|ب)?(?<c>syria|العراق)(?!\p{L})|x(?:ab)+|y(?:\d|z)");

        Assert.Equal(["syria", "العراق", "وsyria", "والعراق", "بsyria", "بالعراق", "x", "y"], starts);
    }

    [Fact]
    public void ACueAfterAnOptionalLetterMatchesAsThePlainAlternationDoes()
    {
        const string pattern = @"(?<!\p{L})(?:و|ب|ل)?(?<c>سوريا|العراق|syria)(?!\p{L})";
        var scanner = new CueScanner(pattern, RegexOptions.None);
        var plain = new Regex(pattern);
        foreach (var text in new[] { "قصف بسوريا والعراق ولسوريا", "وسورياه syria, wsyria بالعراق", "ب و ل", "" })
        {
            Assert.Equal(plain.Matches(text).Select(m => (m.Index, m.Length, m.Groups["c"].Value)), scanner.Matches(text).Select(m => (m.Index, m.Length, m.Groups["c"].Value)));
        }
    }

    [Theory]
    [InlineData(@"\w+day")]
    [InlineData(@"saa|(?:x|[ab])c")]
    [InlineData(@"(?:ab)+c")]
    public void PatternsWithoutALiteralStartAreRefused(string pattern) =>
        Assert.Throws<ArgumentException>(() => LiteralStarts.Of(pattern));

    public static TheoryData<string> CuePatterns => [PerpetratorExtractor.Pattern, CitationExtractor.Pattern];

    [Theory]
    [MemberData(nameof(CuePatterns))]
    public void PerpetratorAndSourceCuesMatchAsThePlainAlternationDoes(string pattern)
    {
        var scanner = new CueScanner(pattern, RegexOptions.CultureInvariant);
        var plain = new Regex(pattern, RegexOptions.CultureInvariant);
        var gazetteer = Gazetteer.LoadBundled();
        var texts = new SyntheticCorpus(gazetteer, 5).Generate(400)
            .Select(r => new ReportText(r.Report.Title, r.Report.Text).Folded)
            .Concat(["u.s.-led and us forces, houthi houthis, للاسد والاسد اسد, قس د, isaac saa, turkish-backed", "", "x"])
            .Concat(["the un and unicef, ap reporters, an apple; russian defense ministry, sana and sanaa, hawar news"])
            .ToList();

        var matches = 0;
        foreach (var text in texts)
        {
            var expected = plain.Matches(text).Select(m => (m.Index, m.Length, Groups: Groups(m))).ToList();
            var actual = scanner.Matches(text).Select(m => (m.Index, m.Length, Groups: Groups(m))).ToList();
            Assert.Equal(expected, actual);
            matches += expected.Count;
        }
        Assert.True(matches > 50, $"only {matches} cue matches: the corpus does not exercise the scan");
    }

    private static string Groups(Match m) =>
        string.Join(',', m.Groups.Cast<Group>().Where(g => g.Success).Select(g => g.Name));
}
