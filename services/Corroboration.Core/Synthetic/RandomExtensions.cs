namespace Corroboration.Core.Synthetic;

/// <summary>Seeded choices for the generator: every draw goes through one <see cref="Random"/> so a seed replays exactly.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>An item drawn with probability proportional to its weight.</summary>
    public static T Weighted<T>(this Random rng, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }
        var x = rng.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }

    /// <summary>
    /// A heavy-tailed count ≥ 1 (discrete Pareto): most draws are 1–3, a few are ten times that,
    /// as with how many reports an incident gets or how many people it kills.
    /// </summary>
    public static int HeavyTail(this Random rng, double alpha, int max)
    {
        var u = 1.0 - rng.NextDouble(); // (0, 1]
        var x = Math.Pow(u, -1.0 / alpha);
        return (int)Math.Min(max, Math.Floor(x));
    }

    /// <summary>Fisher–Yates, in place.</summary>
    public static void Shuffle<T>(this Random rng, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
