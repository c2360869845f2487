using System.Text.RegularExpressions;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;
using Corroboration.Core.Text;

namespace Corroboration.Core.Tests;

/// <summary>
/// The allocation-free place lookup (keys built in spans from per-character normalization, Arabic
/// forms skipped by key prefix) must find exactly what the string path finds.
/// </summary>
public partial class PlaceKeyEquivalenceTests
{
    private static readonly Gazetteer Bundled = Gazetteer.LoadBundled();

    // Names of every bundled place and every one- to four-word phrase of some synthetic reports.
    private static readonly Lazy<List<string>> Phrases = new(() =>
    {
        var phrases = Bundled.Places.SelectMany(p => p.AltNames.Prepend(p.Name)).ToList();
        foreach (var report in new SyntheticCorpus(Bundled, 11).Generate(300))
        {
            var text = new ReportText(report.Report.Title, report.Report.Text);
            var words = Word().Matches(text.Clean).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                for (var n = 1; n <= 4 && i + n <= words.Count; n++)
                {
                    phrases.Add(text.Clean[words[i].Index..(words[i + n - 1].Index + words[i + n - 1].Length)]);
                    phrases.Add(text.Folded[words[i].Index..(words[i + n - 1].Index + words[i + n - 1].Length)]);
                }
            }
        }
        phrases.AddRange(["Jisr al-Shughur", "Tell al", "al-", "o'Brien's", "''", "Dayr az-Zawr", "Ḩamāh", "إِدْلِب", "Ταΐζ", "한국", "Ｉｄｌｉｂ"]);
        return phrases;
    });

    [Fact]
    public void KeysBuiltInASpanAreTheStringKeys()
    {
        var built = 0;
        foreach (var phrase in Phrases.Value)
        {
            var key = new char[phrase.Length * 4];
            if (PlaceKeys.TryKey(phrase, key, out var length))
            {
                built++;
                Assert.Equal(PlaceKeys.IsArabic(phrase) ? PlaceKeys.Arabic(phrase) : PlaceKeys.Latin(phrase), new string(key, 0, length));
            }
        }
        Assert.True(built > Phrases.Value.Count * 99 / 100, $"only {built} of {Phrases.Value.Count} keys built in a span");
    }

    [Fact]
    public void CharactersThatDoNotNormalizeAloneTakeTheStringPath()
    {
        // A lone surrogate and a spacing mark (built here: test data serialization would replace the surrogate).
        foreach (var name in new[] { "Idlib" + (char)0xD800, "Ida" + (char)0x0903 + "lib" })
        {
            Assert.False(PlaceKeys.TryKey(name, new char[name.Length * 4], out _));
            Assert.Equal(Bundled.FindAll(name), Bundled.FindAll(name.AsSpan()));
        }
    }

    [Fact]
    public void FindingASpanFindsWhatFindingTheStringFinds()
    {
        foreach (var phrase in Phrases.Value)
        {
            Assert.Equal(Bundled.FindAll(phrase), Bundled.FindAll(phrase.AsSpan()));
        }
    }

    [Fact]
    public void NormalizingCharacterByCharacterIsNormalizingTheString()
    {
        // Letters with accents, Arabic with hamza and harakat, polytonic Greek, Hangul, combining marks, Arabic-Indic digits.
        const string Pool = "aeiouAÉÎõüçñŞşĀāḨḩẒẓǅﬁاأإآؤئىةبتثقشسلمنهويَُِّْٰـ٠١٢ἄᾷΐ한국\u0301\u0308\u0327'-’ 0123";
        var random = new Random(5);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pool[random.Next(Pool.Length)]).ToArray());
            var joined = string.Concat(text.Select(c => NormalizedChars.TryGet(c, out var alone) ? alone : "?"));
            Assert.Equal(TextNormalizer.Normalize(text), joined);
        }
    }

    [Fact]
    public void NoGazetteerNameIsSkippedByItsFirstWord()
    {
        foreach (var name in Bundled.Places.SelectMany(p => p.AltNames.Prepend(p.Name)).Where(PlaceKeys.IsArabic))
        {
            var firstWord = Word().Match(TextNormalizer.Normalize(name)).Value;
            Assert.False(Bundled.StartsNoArabicName(firstWord), $"'{firstWord}' starts '{name}'");
        }
        Assert.True(Bundled.StartsNoArabicName("قصفت"));
    }

    [GeneratedRegex(@"[\p{L}\d'’]+")]
    private static partial Regex Word();
}
