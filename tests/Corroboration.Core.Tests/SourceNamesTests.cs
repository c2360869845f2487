using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

public class SourceNamesTests
{
    [Theory]
    [InlineData("Human Rights Watch", "HRW", true)]
    [InlineData("Reuters", "reuters", true)]
    [InlineData("Reuters Arabic", "Reuters", true)]          // contains it as whole words
    [InlineData("The Syrian Network", "syrian network", true)]
    [InlineData("Reutersville Times", "Reuters", false)]     // not as a whole word
    [InlineData("Network for Syria", "Syrian Network", false)]
    [InlineData("", "Reuters", false)]
    public void NamesAreTheSameWhenOneIsTheOtherOrHoldsItAsWholeWords(string a, string b, bool same)
    {
        Assert.Equal(same, SourceNames.Same(a, b));
        Assert.Equal(same, SourceNames.Same(b, a));
    }

    [Fact]
    public void AKeyIsTheSameWhenAskedForAgain()
    {
        Assert.Equal("amnesty international", SourceNames.Key("  AMNESTY  "));
        Assert.Equal("amnesty international", SourceNames.Key("  AMNESTY  ")); // remembered
    }
}
