using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class GazetteerTests
{
    [Theory]
    [InlineData("Idleb")]
    [InlineData("Edlib")]
    [InlineData("إدلب")]
    public void Transliterations_of_idlib_find_the_governorate(string name)
    {
        Assert.True(TestGazetteer.Instance.TryFind(name, out var place));
        Assert.Equal("Idlib", place.Admin1);
    }

    [Fact]
    public void Qamishly_finds_qamishli_through_the_consonant_skeleton()
    {
        Assert.True(TestGazetteer.Instance.TryFind("Qamishly", out var place));
        Assert.Equal("Qamishli", place.Name);
    }

    [Fact]
    public void The_al_prefix_does_not_matter()
    {
        Assert.True(TestGazetteer.Instance.TryFind("el-Bara", out var place));
        Assert.Equal("Al Bara", place.Name);
    }

    [Fact]
    public void Governorate_spellings_resolve_to_the_canonical_admin1()
    {
        Assert.Equal("Idlib", TestGazetteer.Instance.GovernorateName("Idleb governorate"));
        Assert.Equal("Al Hasakah", TestGazetteer.Instance.GovernorateName("Hasakah"));
    }

    [Fact]
    public void The_bundled_gazetteer_loads_from_next_to_the_assembly()
    {
        var bundled = Gazetteer.LoadBundled();
        Assert.True(bundled.Places.Count > 1000);
        Assert.True(bundled.TryFind("Khan Sheikhoun", out var place));
        Assert.Equal("Idlib", place.Admin1);
    }
}
