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
    public void Airwars_labels_map_to_canonical_names(string label, string expected)
    {
        Assert.Equal(expected, PerpetratorNames.Canonical(label));
    }

    [Fact]
    public void A_list_of_belligerents_maps_each()
    {
        Assert.Equal(["Russia", "Iran"], PerpetratorNames.CanonicalList("Russian Military, Iranian Military"));
    }
}
