using System.Text;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Text;

namespace Corroboration.Core.Tests;

/// <summary>
/// Extraction takes any string: it never throws, always names a language and gives either claims
/// or a reason for having none. Random inputs are seeded, so a failure names a case that replays.
/// </summary>
public class ExtractionRobustnessTests
{
    private const int MiB = 1024 * 1024;
    private const int RandomCases = 2_000;

    // The bundled gazetteer matches far more names than the test one, so random text reaches more code.
    private static readonly ClaimExtractor Bundled = new(Gazetteer.LoadBundled());
    private static readonly ClaimExtractor Small = new(TestGazetteer.Instance);

    private static readonly string[] Fragments =
    [
        // Incident vocabulary, so random text often looks like a report.
        "قصف", "مقتل", "إدلب", "غارة", "غارات الطيران الروسي", "ثلاثة", "مدنيين", "تشرين الأول", "أمس", "يوم الجمعة",
        "قُتِلَ", "شـهـيد", "قت-يل", "عشرات الجرحى", "ريف حلب", "Idlib", "Ariha", "Aleppo", "killed", "airstrike", "May",
        "on Sunday", "yesterday", "5 October 2023", "2023-10-05", "05/10/2023", "at least", "civilians", "Russian",
        "according to the Syrian Observatory", "denied", "drone", "market",
        // Digits: ASCII, Arabic-Indic, Persian, Devanagari, fullwidth.
        "12", "2023", "١٢", "٢٠٢٣", "۵", "५", "२०२०", "５", "0", "99999999999999999999",
        // Punctuation.
        ".", ",", "،", "؟", "!", "-", "/", ":", "(", ")", "'", "’", "\"", "…", "#", "|", "\\",
        // Bidi controls, zero-width characters, BOM, soft hyphen.
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        // Emoji (pairs, flags, joined sequences), lone and reversed surrogates, noncharacters.
        "💥", "🇸🇾", "👨‍👩‍👧", "\uD800", "\uDFFF", "\uDC00\uD800", "\uFFFE", "\uFFFF", "\uFFFD",
        // Control characters and line separators.
        "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\r\n", "\t", "\v", "\f",
        // Combining marks on their own, Arabic presentation forms.
        "\u0301", "\u0651", "\u0640", "ﻗﺼﻒ", "ﷲ",
    ];

    private static readonly string?[] PublishedAts = [null, "", "2023-10-06", "2023-10-06T12:00:00Z", "0001-01-01", "9999-12-31", "yesterday", "2023-13-45"];
    private static readonly string?[] Urls = [null, "", "https://x.com/a/status/1712345678901234567", "https://example.org/2022/08/06/story", "not a url", "https://x.com/a/status/99999999999999999999"];
    private static readonly string?[] Languages = [null, "", "en", "ar", "und"];

    [Fact]
    public void RandomTextNeverThrowsAndGivesClaimsOrAReason()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < RandomCases; seed++)
        {
            var random = new Random(seed);
            var report = new ReportPayload
            {
                Id = $"fuzz-{seed}",
                Title = random.Next(3) == 0 ? RandomText(random, 20) : null,
                Text = RandomText(random, 200),
                PublishedAt = PublishedAts[random.Next(PublishedAts.Length)],
                Url = Urls[random.Next(Urls.Length)],
                Language = Languages[random.Next(Languages.Length)],
                Source = random.Next(2) == 0 ? "Reuters" : RandomText(random, 3),
            };
            if (Check(Bundled, report) is { } failure)
            {
                failures.Add($"seed {seed}: {failure}");
            }
        }
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("whitespace")]
    [InlineData("invisible only")]
    [InlineData("nuls")]
    [InlineData("1 MiB of Arabic")]
    [InlineData("1 MiB of one letter")]
    [InlineData("1 MiB of one Arabic letter")]
    [InlineData("1 MiB of spaces")]
    [InlineData("1 MiB of digits")]
    [InlineData("1 MiB of full stops")]
    [InlineData("1 MiB of dates")]
    [InlineData("1 MiB of incident sentences")]
    [InlineData("a month name then 1 MiB of spaces")]
    [InlineData("1 MiB of lone surrogates")]
    [InlineData("binary garbage as UTF-8")]
    [InlineData("binary garbage as Latin-1")]
    [InlineData("random code units")]
    public void AnEdgeCaseNeverThrowsAndGivesClaimsOrAReason(string name)
    {
        var report = new ReportPayload { Id = name, PublishedAt = "2023-10-06", Text = EdgeCase(name) };

        Assert.Null(Check(Bundled, report));
        Assert.Null(Check(Small, report));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\u200F\u202B\u2067\u200B\uFEFF\0")]
    [InlineData("... !!! ؟؟ 💥💥")]
    public void TextWithNoWordsYieldsNoClaimAndTheEmptyTextReason(string text)
    {
        var result = Small.Extract(new ReportPayload { Id = "e", PublishedAt = "2023-10-06", Text = text });

        Assert.Empty(result.Claims);
        Assert.Equal(ExtractionResult.EmptyText, result.Reason);
        Assert.Equal("und", result.Language);
    }

    [Theory]
    [InlineData("The committee met to discuss the budget and agreed to meet again.")]
    [InlineData("One moment, please... Please wait while your request is being verified...")]
    [InlineData("هذه المجموعة تضم ابناء الثورة المخلصين من كل التوجهات")]
    public void TextNamingNothingAboutAnIncidentYieldsNoClaimAndAReason(string text)
    {
        // The publication date alone is not a detail of the text.
        var result = Small.Extract(new ReportPayload { Id = "n", PublishedAt = "2023-10-06", Url = "https://example.org/2023/10/06/x", Text = text });

        Assert.Empty(result.Claims);
        Assert.Equal(ExtractionResult.NoIncidentDetails, result.Reason);
    }

    [Fact]
    public void ALongStoryOfAnotherKindStillYieldsAClaimToMatchOnItsWords()
    {
        const string story = "The actress entered a well known treatment centre in Malibu on the advice of her family, "
            + "her representative confirmed to a celebrity magazine, adding that she had asked for privacy while she "
            + "recovers and that her next film would be released later in the year as planned by the studio.";
        var result = Small.Extract(new ReportPayload { Id = "story", Text = story });

        Assert.Single(result.Claims);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void AnIncidentReportYieldsClaimsAndNoReason()
    {
        var result = Small.Extract(new ReportPayload { Id = "i", Text = "An air strike killed 12 civilians in Ariha, Idlib, on 5 October 2023." });

        var claim = Assert.Single(result.Claims);
        Assert.Null(result.Reason);
        Assert.Equal(12, claim.KilledMin);
    }

    [Fact]
    public void BidiMarksAndZeroWidthCharactersInsideWordsDoNotHideTheIncident()
    {
        var text = "An air\u200Bstrike kil\u200Fled 12 civi\u200Dlians in \u2067Ari\u200Eha\u2069, Idlib, on 5 Octo\u00ADber 2023.";

        var claim = Assert.Single(Small.Extract(new ReportPayload { Id = "b", Text = text }).Claims);

        Assert.Equal(12, claim.KilledMin);
        Assert.Equal("Ariha", claim.Place);
        Assert.Equal("2023-10-05", claim.OccurredOn);
        Assert.Contains("airstrike", claim.Weapons!);
    }

    [Fact]
    public void ArabicWithBidiMarksAndArabicIndicDigitsIsRead()
    {
        var text = "\u200Fقصف الطيران الروسي مدينة \u200Fأريحا\u200F في ريف إدلب يوم ٥ تشرين الأول ٢٠٢٣ ما أدى لمقتل ١٢ مدنياً\u200F";

        var claim = Assert.Single(Small.Extract(new ReportPayload { Id = "a", Text = text }).Claims);

        Assert.Equal(12, claim.KilledMin);
        Assert.Equal("Ariha", claim.Place);
        Assert.Equal("2023-10-05", claim.OccurredOn);
    }

    [Fact]
    public void OtherDecimalDigitsAreReadAsDigits()
    {
        var claim = Assert.Single(Small.Extract(new ReportPayload { Id = "d", Text = "An air strike killed ५ civilians in Ariha on ५ October २०२३." }).Claims);

        Assert.Equal(5, claim.KilledMin);
        Assert.Equal("2023-10-05", claim.OccurredOn);
    }

    [Fact]
    public void APublicationDateOutsideTheEraIsIgnoredRatherThanOverflowing()
    {
        var early = Small.Extract(new ReportPayload { Id = "p", PublishedAt = "0001-01-01", Text = "Yesterday an air strike killed 5 civilians in Ariha." });
        var late = Small.Extract(new ReportPayload { Id = "p", PublishedAt = "9999-12-31", Text = "On 5 October 2023 an air strike killed 5 civilians in Ariha." });

        Assert.Null(Assert.Single(early.Claims).OccurredOn);
        Assert.Equal("2023-10-05", Assert.Single(late.Claims).OccurredOn);
    }

    [Fact]
    public void NormalizingDropsInvisibleCharactersAndAcceptsLoneSurrogates()
    {
        var words = Tokenizer.NormalizedWords("Id\u200Elib\0 \uD800 حل\u200Fب \uDC00x").ToList();

        Assert.Equal(["idlib", "حلب", "x"], words);
    }

    /// <summary>Null when the result is well formed, else what is wrong (with the input, escaped).</summary>
    private static string? Check(ClaimExtractor extractor, ReportPayload report)
    {
        try
        {
            var result = extractor.Extract(report);
            if (string.IsNullOrEmpty(result.Language))
            {
                return $"no language for {Describe(report.Text)}";
            }
            if (result.Claims.Count > 0 != result.Reason is null)
            {
                return $"{result.Claims.Count} claims with reason '{result.Reason}' for {Describe(report.Text)}";
            }
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message} for {Describe(report.Text)}";
        }
    }

    private static string Describe(string text)
    {
        var shown = text.Length > 200 ? text[..200] + $"… ({text.Length} chars)" : text;
        var builder = new StringBuilder("\"");
        foreach (var c in shown)
        {
            builder.Append(c < ' ' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Fragments, random code units and long runs of one character, mixed.</summary>
    private static string RandomText(Random random, int maxParts)
    {
        var builder = new StringBuilder();
        var parts = random.Next(maxParts + 1);
        for (var i = 0; i < parts; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    builder.Append((char)random.Next(0x10000));
                    break;
                case 1:
                    builder.Append(" \n.-1قa\u200F\0"[random.Next(9)], random.Next(1, 5_000));
                    break;
                default:
                    builder.Append(Fragments[random.Next(Fragments.Length)]);
                    break;
            }
            builder.Append(random.Next(4) switch { 0 => "", 1 => "\n", _ => " " });
        }
        return builder.ToString();
    }

    private static string EdgeCase(string name) => name switch
    {
        "empty" => "",
        "whitespace" => " \t\r\n\u00A0\u2003\u3000 ",
        "invisible only" => "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\uFEFF",
        "nuls" => new string('\0', 1_000),
        "1 MiB of Arabic" => Repeat("قصف الطيران الروسي بلدة أريحا في ريف إدلب ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين، "),
        "1 MiB of one letter" => new string('a', MiB),
        "1 MiB of one Arabic letter" => new string('ق', MiB),
        "1 MiB of spaces" => "killed" + new string(' ', MiB),
        "1 MiB of digits" => new string('7', MiB),
        "1 MiB of full stops" => new string('.', MiB),
        "1 MiB of dates" => Repeat("1 may 2020 "),
        "1 MiB of incident sentences" => Repeat("5 killed in an airstrike on Ariha on 1 May 2020.\n"),
        "a month name then 1 MiB of spaces" => "may" + new string(' ', MiB) + "x",
        "1 MiB of lone surrogates" => new string('\uD800', MiB),
        "binary garbage as UTF-8" => Encoding.UTF8.GetString(RandomBytes(MiB)),
        "binary garbage as Latin-1" => Encoding.Latin1.GetString(RandomBytes(MiB)),
        "random code units" => RandomCodeUnits(MiB),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown edge case"),
    };

    private static string Repeat(string unit)
    {
        var builder = new StringBuilder(MiB + unit.Length);
        while (builder.Length < MiB)
        {
            builder.Append(unit);
        }
        return builder.ToString(0, MiB);
    }

    private static string RandomCodeUnits(int count)
    {
        var random = new Random(7);
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)random.Next(0x10000);
        }
        return new string(chars);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
