using Corroboration.Contracts;
using Corroboration.Core.Validation;

namespace Corroboration.Core.Tests;

public class ReportValidatorTests
{
    private static readonly ReportPayload Valid = new() { Id = "r1", Source = "Reuters", SourceType = "wire", Text = "An air strike hit a market." };

    [Fact]
    public void AValidReportHasNoViolations() => Assert.Empty(ReportValidator.Validate(Valid));

    [Fact]
    public void EachBadFieldIsNamed()
    {
        var report = Valid with
        {
            Id = "",
            SourceType = "blog",
            PublishedAt = "29/11/2015",
            Language = "english language",
            Text = "",
        };
        var fields = ReportValidator.Validate(report).Select(v => v.Field).ToHashSet();
        Assert.Equal(["id", "sourceType", "publishedAt", "language", "text"], fields);
    }

    [Fact]
    public void TextOverOneMebibyteIsRejected()
    {
        var report = Valid with { Text = new string('x', ReportValidator.MaxTextBytes + 1) };
        Assert.Equal("text", Assert.Single(ReportValidator.Validate(report)).Field);
    }

    [Fact]
    public void EmptyTextIsAcceptedWhenClaimsAreGiven()
    {
        var report = Valid with { Text = "", Claims = [new ClaimPayload { OccurredOn = "2023-10-05", Place = "Ariha" }] };
        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void ClaimFieldsAreCheckedWithTheirPosition()
    {
        var report = Valid with
        {
            Claims = [new ClaimPayload { OccurredWeekday = "Friday" }, new ClaimPayload { OccurredOn = "2023-13-01", OccurredWeekday = "5", Lat = 95, KilledMin = 5, KilledMax = 2, Stance = "maybe" }],
        };
        var fields = ReportValidator.Validate(report).Select(v => v.Field).ToHashSet();
        Assert.Equal(["claims[1].occurredOn", "claims[1].occurredWeekday", "claims[1].lat", "claims[1].killedMax", "claims[1].stance"], fields);
    }

    [Theory]
    [InlineData("2015-11-29")]
    [InlineData("2015-11-29T08:30:00Z")]
    [InlineData("2015-11-29T08:30:00+02:00")]
    public void PublishedAtAcceptsDatesAndDateTimes(string publishedAt) =>
        Assert.Empty(ReportValidator.Validate(Valid with { PublishedAt = publishedAt }));
}
