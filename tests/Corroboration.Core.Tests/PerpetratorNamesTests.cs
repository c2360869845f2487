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
}
