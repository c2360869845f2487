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
        Assert.Equal("Al Hasakah", TestGazetteer.Instance.GovernorateName("Hasakah"));
    }

    [Fact]
    public void TheBundledGazetteerLoadsFromNextToTheAssembly()
    {
        var bundled = Gazetteer.LoadBundled();
        Assert.True(bundled.Places.Count > 1000);
        Assert.True(bundled.TryFind("Khan Sheikhoun", out var place));
        Assert.Equal("Idlib", place.Admin1);
    }
}
