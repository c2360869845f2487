using System.Data.Common;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>
/// The linking tables held in memory by this process's one linker (<c>Matching:Linking</c> =
/// <c>held</c>). They are read from the store the first time; again whenever a transaction that
/// changed them did not commit, since memory then holds what the store does not; and again when
/// someone else wrote them since this linker's last batch (an analyst, or another replica's
/// linker), which the tables counter tells (<see cref="Counters.Tables"/>). Batches run one at a
/// time, here and across replicas, as do analysts' changes (<see cref="MatchingLocks.Linking"/>).
/// </summary>
public sealed class HeldLinking(IncidentStore store, ConstraintStore constraints, ILogger<HeldLinking> logger) : ILinkingSource
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private HeldTables? _held;
    private bool _uncommitted;
    private long _written; // the tables counter's value this linker's last write took

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        return new Leave(_oneAtATime);
    }

    private sealed class Leave(SemaphoreSlim entered) : IDisposable
    {
        public void Dispose() => entered.Release();
    }

    public IEnumerable<string> Locks(IEnumerable<string> reportLocks) => [MatchingLocks.Linking];

    public async Task<ILinkingTables> InAsync(DbTransaction tx)
    {
        var written = await Counters.NextAsync(tx, Counters.Tables);
        if (_held is null || _uncommitted || written != _written + 1)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _held = await HeldTablesReader.ReadAsync(tx, store, constraints);
            // A full collection, rare as reading is, so that the heap it reports is what the copy holds.
            logger.LogInformation("Read {Incidents} incidents and {Members} members into memory in {Elapsed:0} ms; heap {Heap:0} MB",
                _held.Incidents.Count, _held.Members.Count, clock.Elapsed.TotalMilliseconds, GC.GetTotalMemory(forceFullCollection: true) / 1e6);
        }
        (_uncommitted, _written) = (true, written);
        return new HeldLinkingTables(tx, _held, store);
    }

    public void Committed() => _uncommitted = false;
}
