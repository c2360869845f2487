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
    public void Numbers_in_words_and_digits_are_read(string text, int expected)
    {
        Assert.Equal(expected, NumberWords.Parse(text)?.Min);
    }

    [Fact]
    public void More_than_a_dozen_is_open_above_twelve()
    {
        Assert.Equal((13, null), NumberWords.Parse("more than a dozen"));
    }
}
