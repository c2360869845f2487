using System.Data.Common;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>Opens <see cref="StoredLinkingTables"/> on a transaction: linkers keep out of each other's way by <see cref="MatchingLocks"/>.</summary>
public sealed class StoredLinking(IncidentStore store, ConstraintStore constraints, ParsedRows parsed) : ILinkingSource
{
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(NoWait.Instance);

    private sealed class NoWait : IDisposable
    {
        public static readonly NoWait Instance = new();

        public void Dispose()
        {
        }
    }

    public IEnumerable<string> Locks(IEnumerable<string> reportLocks) => reportLocks;

    public ILinkingTables In(DbTransaction tx) => new StoredLinkingTables(tx, store, constraints, parsed);

    public Task<ILinkingTables> InAsync(DbTransaction tx) => Task.FromResult(In(tx));

    public void Committed()
    {
    }
}
