using Corroboration.Core.Extraction;

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
    public void MoreThanADozenIsOpenAboveTwelve()
    {
        Assert.Equal((13, null), NumberWords.Parse("more than a dozen"));
    }
}
