using System.Globalization;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// Urls as publishers form them: dated article paths (/2022/03/12/…), numeric ids, tweets whose
/// status id encodes the posting time (Twitter snowflakes), Facebook posts; sometimes none.
/// </summary>
internal static class UrlWriter
{
    private const long TwitterEpochMs = 1288834974657L;

    public static string? For(PlannedReport plan, int number, Random rng)
    {
        var source = plan.Source;
        var d = plan.Published;
        if (source.Kind == SourceKind.Social)
        {
            var handle = source.Name.TrimStart('@');
            if (plan.UrlDated)
            {
                var ms = new DateTimeOffset(d.Year, d.Month, d.Day, 6 + rng.Next(14), rng.Next(60), rng.Next(60), TimeSpan.Zero).ToUnixTimeMilliseconds();
                var id = ((ms - TwitterEpochMs) << 22) | (long)rng.Next(1 << 22);
                return $"https://twitter.com/{handle}/status/{id.ToString(CultureInfo.InvariantCulture)}";
            }
            return $"https://www.facebook.com/{handle}/posts/{(100_000_000_000_000L + rng.NextInt64(900_000_000_000_000L)).ToString(CultureInfo.InvariantCulture)}";
        }
        if (source.Domain.StartsWith("www.facebook.com", StringComparison.Ordinal))
        {
            return $"https://{source.Domain}/posts/{(100_000_000_000_000L + rng.NextInt64(900_000_000_000_000L)).ToString(CultureInfo.InvariantCulture)}";
        }
        if (plan.UrlDated)
        {
            return $"https://{source.Domain}/{d.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)}/story-{number.ToString(CultureInfo.InvariantCulture)}/";
        }
        return rng.Chance(0.75) ? $"https://{source.Domain}/news/{(500_000 + number).ToString(CultureInfo.InvariantCulture)}" : null;
    }

    /// <summary>publishedAt as senders write it: a date, a UTC date-time or one with an offset.</summary>
    public static string PublishedAt(DateOnly d, Random rng)
    {
        var date = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var r = rng.NextDouble();
        return r switch
        {
            < 0.3 => date,
            < 0.8 => $"{date}T{rng.Next(24):00}:{rng.Next(60):00}:{rng.Next(60):00}Z",
            _ => $"{date}T{8 + rng.Next(16):00}:{rng.Next(60):00}:00+03:00",
        };
    }
}
