using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// The trust this process scores with, loaded on first use and refreshed after its own learning
/// and pins and on every relearning tick, which brings in other replicas' learning and pins.
/// </summary>
public sealed class TrustCache(TrustStore store)
{
    private volatile TrustTable? _table;

    public async ValueTask<TrustTable> TableAsync(CancellationToken cancellationToken) =>
        _table ?? await RefreshAsync(cancellationToken);

    public async Task<TrustTable> RefreshAsync(CancellationToken cancellationToken)
    {
        var table = (await store.LoadAsync(cancellationToken)).Table;
        _table = table;
        return table;
    }
}
