using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

public class TextSignatureTests
{
    internal const string Wire =
        "An air strike hit a crowded vegetable market in the town of Ariha in Idlib province on Thursday morning, "
        + "killing at least 12 civilians, including four children, and wounding more than 30, rescue workers said. "
        + "Residents said Russian warplanes had circled the town for an hour before the attack. "
        + "The Syrian Civil Defence said its teams were still searching the rubble of three shops.";

    /// <summary>The wire story republished: a tag in front, one figure updated, a word changed.</summary>
    internal const string EditedCopy =
        "BREAKING: An air strike hit a crowded vegetable market in the town of Ariha in Idlib province on Thursday morning, "
        + "killing at least 13 civilians, including four children, and wounding more than 30, rescue workers said. "
        + "Residents said Russian warplanes had circled the town for an hour before the attack. "
        + "The Syrian Civil Defence said its teams were still searching the rubble of several shops.";

    /// <summary>Another outlet's own account of the same strike.</summary>
    internal const string Independent =
        "Thirteen people were killed on Thursday when Russian jets bombed the market in Ariha, south of Idlib city, "
        + "according to a local doctor who treated the wounded. Among the dead were four children from one family. "
        + "Witnesses described two explosions a minute apart and said the market was full of shoppers.";

    [Fact]
    public void ALightlyEditedCopyIsANearCopy()
    {
        var (wire, copy) = (TextSignature.Parse(TextSignature.Of(Wire))!, TextSignature.Parse(TextSignature.Of(EditedCopy))!);

        Assert.True(wire.Resemblance(copy) >= TextSignature.CopyResemblance, $"{wire.Resemblance(copy)}");
        Assert.True(TextSignature.NearCopies(TextSignature.Of(Wire), TextSignature.Of(EditedCopy)));
    }

    [Fact]
    public void TwoOutletsOwnAccountsOfOneStrikeAreNotNearCopies()
    {
        var (wire, own) = (TextSignature.Parse(TextSignature.Of(Wire))!, TextSignature.Parse(TextSignature.Of(Independent))!);

        Assert.True(wire.Resemblance(own) < 0.2, $"{wire.Resemblance(own)}");
        Assert.False(TextSignature.NearCopies(TextSignature.Of(Wire), TextSignature.Of(Independent)));
    }

    [Fact]
    public void ASignatureReadsBackToTheSameResemblanceAndIsCompact()
    {
        var written = TextSignature.Of(Wire)!;

        Assert.Equal(128, written.Length);
        Assert.Equal(1.0, TextSignature.Parse(written)!.Resemblance(TextSignature.Parse(written)!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Three killed in shelling on Idlib.")]
    public void ABodyTooShortToSignHasNoSignature(string? text)
    {
        Assert.Null(TextSignature.Of(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    public void AMalformedSignatureCountsAsUnsigned(string? value)
    {
        Assert.Null(TextSignature.Parse(value));
        Assert.False(TextSignature.NearCopies(value, TextSignature.Of(Wire)));
    }
}
