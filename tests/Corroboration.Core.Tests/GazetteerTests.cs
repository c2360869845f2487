using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class GazetteerTests
{
    [Theory]
    [InlineData("Idleb")]
    [InlineData("Edlib")]
    [InlineData("إدلب")]
    public void TransliterationsOfIdlibFindTheGovernorate(string name)
    {
        Assert.True(TestGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal("Idlib", place.Admin1);
    }

    [Fact]
    public void QamishlyFindsQamishliThroughTheConsonantSkeleton()
    {
        Assert.True(TestGazetteer.Instance.TryFind("Qamishly", out var place));
        Assert.Equal("Qamishli", place.Name);
    }

    [Fact]
    public void TheAlPrefixDoesNotMatter()
    {
        Assert.True(TestGazetteer.Instance.TryFind("el-Bara", out var place));
        Assert.Equal("Al Bara", place.Name);
    }

    [Fact]
    public void GovernorateSpellingsResolveToTheCanonicalAdmin1()
    {
        Assert.Equal("Idlib", TestGazetteer.Instance.GovernorateName("Idleb governorate"));
        Assert.Equal("Idlib", TestGazetteer.Instance.GovernorateName("Idlib province"));
        Assert.Equal("Idlib", TestGazetteer.Instance.GovernorateName("ريف إدلب"));
        Assert.Equal("Al Hasakah", TestGazetteer.Instance.GovernorateName("Hasakah"));
    }

    [Fact]
    public void KamishliFindsQamishliThroughKAndQ()
    {
        Assert.True(TestGazetteer.Instance.TryFind("Kamishli", out var place));
        Assert.Equal("Qamishli", place.Name);
    }

    [Theory]
    [InlineData("Syria's")]
    [InlineData("Ariha in")]
    public void ASharedConsonantSkeletonAloneIsNoMatch(string phrase)
    {
        Assert.Empty(TestGazetteer.Instance.FindAll(phrase));
    }

    [Theory]
    [InlineData("Mosul", "Iraq", "Nineveh")]
    [InlineData("الموصل", "Iraq", "Nineveh")]
    [InlineData("Taiz", "Yemen", "Taiz")]
    [InlineData("تعز", "Yemen", "Taiz")]
    public void PlacesOutsideSyriaResolveWithTheirCountry(string name, string country, string admin1)
    {
        Assert.True(TestGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal(country, place.CountryName);
        Assert.Equal(admin1, place.Admin1);
    }

    [Fact]
    public void TheBundledGazetteerLoadsFromNextToTheAssembly()
    {
        var bundled = Gazetteer.LoadBundled();
        Assert.True(bundled.Places.Count > 1000);
        Assert.True(bundled.TryFind("Khan Sheikhoun", out var place));
        Assert.Equal("Idlib", place.Admin1);
    }

    [Theory]
    [InlineData("Ariha", "SY", "Idlib")]
    [InlineData("Mosul", "IQ", "Nineveh")]
    [InlineData("الموصل", "IQ", "Nineveh")]
    [InlineData("تعز", "YE", "Taiz")]
    [InlineData("Kyiv", "UA", "Kyiv City")]
    public void TheBundledGazetteerCoversSyriaAndGeoNamesCountries(string name, string country, string admin1)
    {
        Assert.Contains(Gazetteer.LoadBundled().FindAll(name), p => p.Country == country && p.Admin1 == admin1);
    }

    [Fact]
    public void TheBundledGazetteerHoldsNoAirwarsDescriptions()
    {
        Assert.DoesNotContain(Gazetteer.LoadBundled().Places.Where(p => p.Country == "SY"), p => p.Name.Contains(" near ", StringComparison.OrdinalIgnoreCase)
            || p.Name.StartsWith("Various", StringComparison.OrdinalIgnoreCase) || p.Name.Split(' ').Length > 5);
    }
}
