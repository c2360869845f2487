using Corroboration.Protos.V1;

namespace Corroboration.EndToEnd.Tests;

/// <summary>Test reports with structured claims, each test at its own place and date so incidents never mix.</summary>
public static class Reports
{
    public static Report Report(string id, string source, string sourceType, string publishedAt, string title, string text, params Claim[] claims)
    {
        var report = new Report
        {
            Id = id,
            Source = source,
            SourceType = sourceType,
            PublishedAt = publishedAt,
            Language = "en",
            Title = title,
            Text = text,
        };
        report.Claims.AddRange(claims);
        return report;
    }

    public static Claim Claim(string occurredOn, string place, string country, double lat, double lon, int killedMin, int killedMax, string perpetrator = "")
    {
        var claim = new Claim
        {
            OccurredOn = occurredOn,
            Place = place,
            Country = country,
            Lat = lat,
            Lon = lon,
            KilledMin = killedMin,
            KilledMax = killedMax,
            Civilians = true,
            Perpetrator = perpetrator,
        };
        claim.Weapons.Add("airstrike");
        return claim;
    }
}
