using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class PerpetratorNamesTests
{
    [Theory]
    [InlineData("Russian Military", "Russia")]
    [InlineData("Assad Regime", "Syrian government")]
    [InlineData("U.S.-led Coalition", "US-led Coalition")]
    [InlineData("Turkish Military", "Turkey")]
    [InlineData("YPG", "SDF")]
    [InlineData("Israeli Military", "Israel")]
    public void AirwarsLabelsMapToCanonicalNames(string label, string expected)
    {
        Assert.Equal(expected, PerpetratorNames.Canonical(label));
    }

    [Fact]
    public void AListOfBelligerentsMapsEach()
    {
        Assert.Equal(["Russia", "Iran"], PerpetratorNames.CanonicalList("Russian Military, Iranian Military"));
    }

    [Theory]
    [InlineData("Russian Military", "Syrian government")]
    [InlineData("Iranian Military", "Hezbollah")]
    [InlineData("YPG", "U.S.-led Coalition")]
    [InlineData("Turkish Military", "Syrian National Army")]
    public void AlliesShareAnAlliance(string a, string b)
    {
        Assert.NotNull(PerpetratorNames.Alliance(a));
        Assert.Equal(PerpetratorNames.Alliance(a), PerpetratorNames.Alliance(b));
    }

    [Theory]
    [InlineData("Israeli Military", "Syrian government")]
    [InlineData("Turkish Military", "SDF")]
    [InlineData("IS", "U.S.-led Coalition")]
    public void OpponentsDoNot(string a, string b)
    {
        Assert.NotEqual(PerpetratorNames.Alliance(a), PerpetratorNames.Alliance(b));
    }

    [Fact]
    public void UnknownHasNoAlliance()
    {
        Assert.Null(PerpetratorNames.Alliance("Unknown"));
    }
}
