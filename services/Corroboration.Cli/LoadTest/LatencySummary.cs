namespace Corroboration.Cli.LoadTest;

/// <summary>Percentiles (nearest rank) of a set of latencies in milliseconds.</summary>
public sealed class LatencySummary
{
    private readonly double[] _sorted;

    public LatencySummary(IEnumerable<double> milliseconds)
    {
        _sorted = milliseconds.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    /// <summary>The smallest value at or above <paramref name="fraction"/> of all (0.5 = median); NaN when empty.</summary>
    public double Percentile(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(fraction * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public override string ToString() => Count == 0
        ? "no samples"
        : $"p50 {Percentile(0.5):0} ms, p95 {Percentile(0.95):0} ms, p99 {Percentile(0.99):0} ms, max {Max:0} ms";
}
