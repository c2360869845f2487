using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// Per-source reliabilities, by <see cref="SourceNames.Key"/>. A source the table does not know
/// is judged by the prior of its type.
/// </summary>
public sealed class TrustTable
{
    private readonly Dictionary<string, SourceTrust> bySource;

    public TrustTable(IEnumerable<SourceTrust> sources)
    {
        bySource = new Dictionary<string, SourceTrust>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            bySource[SourceNames.Key(source.Source)] = source;
        }
    }

    /// <summary>Priors only: what scoring uses before anything is learned.</summary>
    public static TrustTable Empty { get; } = new([]);

    public IReadOnlyCollection<SourceTrust> Sources => bySource.Values;

    public SourceTrust? Find(string source) =>
        SourceNames.IsUnknown(source) ? null : bySource.GetValueOrDefault(SourceNames.Key(source));

    /// <summary>How far a report of this member's source is to be believed, before its own evidence.</summary>
    public double Reliability(IncidentMember member) =>
        Find(member.Source)?.Value ?? SourceReliability.Prior(member.SourceType);
}
