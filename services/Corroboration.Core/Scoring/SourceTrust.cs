namespace Corroboration.Core.Scoring;

/// <summary>
/// What the suite believes of one source: the prior of its type, the value learned from the
/// incidents it reported (<see cref="TruthDiscovery"/>) with the evidence behind it, and an
/// analyst's pinned value, which wins when set.
/// </summary>
public sealed record SourceTrust(
    string Source,
    string SourceType,
    double Prior,
    double Learned,
    int Incidents,
    double Supported,
    int Confirmed,
    int Refuted,
    double? Pinned = null)
{
    /// <summary>The reliability scoring uses: the pin, else the learned value.</summary>
    public double Value => Pinned ?? Learned;
}
