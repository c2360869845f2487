using System.Text.RegularExpressions;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests;

public class NumberWordsTests
{
    [Theory]
    [InlineData("twelve", 12)]
    [InlineData("twenty five", 25)]
    [InlineData("ثلاثه", 3)]
    [InlineData("خمسه وعشرين", 25)]
    [InlineData("احد عشر", 11)]
    [InlineData("17", 17)]
    public void NumbersInWordsAndDigitsAreRead(string text, int expected)
    {
        Assert.Equal(expected, NumberWords.Parse(text)?.Min);
    }

    [Fact]
    public void TheCountFilterPassesEveryWindowWhereTheCountPatternMatches()
    {
        // Casualty extraction asks the filter before the regex, so a window it turned away that
        // the regex would match would be a count lost.
        var count = new Regex(@"(?<![\p{L}\d])(?:" + NumberWords.Pattern + @")(?![\p{L}\d])");
        var places = Gazetteer.LoadBundled();
        var texts = new SyntheticCorpus(places, seed: 2).Generate(300).Select(item => new ReportText(item.Report.Title, item.Report.Text).Folded)
            .Append("٣ قتلى").Append("عشرات الجرحى").Append("a dozen dead").Append("no figure here at all");
        var (matched, turnedAway) = (0, 0);
        foreach (var text in texts)
        {
            for (var start = 0; start < text.Length; start += 7)
            {
                var window = text.AsSpan(start, Math.Min(45, text.Length - start));
                var matches = count.IsMatch(window);
                Assert.False(matches && !NumberWords.MayHoldCount(window), $"turned away \"{window}\"");
                matched += matches ? 1 : 0;
                turnedAway += NumberWords.MayHoldCount(window) ? 0 : 1;
            }
        }
        Assert.True(matched > 100 && turnedAway > 100, $"{matched} windows with a count, {turnedAway} turned away: too few of either to tell");
    }

    [Fact]
    public void MoreThanADozenIsOpenAboveTwelve()
    {
        Assert.Equal((13, null), NumberWords.Parse("more than a dozen"));
    }
}
