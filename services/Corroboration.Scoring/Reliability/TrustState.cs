using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// The trust scoring uses: the table reliability learning last stored, with analysts' pins laid
/// over it. Pins are kept apart from the learned values so that one takes effect at once,
/// without waiting for learning.
/// </summary>
public sealed record TrustState(TrustTable Table, IReadOnlyDictionary<string, PinRow> Pins, string LearnedAt)
{
    public static TrustState Of(IReadOnlyList<TrustRow> learned, IReadOnlyList<PinRow> pins)
    {
        var pinByKey = pins.ToDictionary(p => p.SourceKey, StringComparer.Ordinal);
        var learnedKeys = learned.Select(r => r.SourceKey).ToHashSet(StringComparer.Ordinal);
        var known = learned.Select(r => new SourceTrust(r.Source, r.SourceType, r.Prior, r.Learned, r.Incidents, r.Supported, r.Confirmed, r.Refuted,
            pinByKey.TryGetValue(r.SourceKey, out var pin) ? pin.Reliability : null));
        // A source pinned before it reported anything is judged by its pin when it does.
        var unseen = pins.Where(p => !learnedKeys.Contains(p.SourceKey)).Select(p => Unreported(p.Source, p.Reliability));
        return new TrustState(new TrustTable(known.Concat(unseen)), pinByKey, learned.Count == 0 ? "" : learned[0].LearnedAt);
    }

    /// <summary>A source no incident has a report of: nothing learned, its type not known yet.</summary>
    public static SourceTrust Unreported(string source, double? pinned = null)
    {
        var prior = SourceReliability.Prior("unknown");
        return new SourceTrust(source, "unknown", prior, prior, 0, 0, 0, 0, pinned);
    }
}
