using System.Data.Common;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Where a linking transaction finds its tables: <see cref="StoredLinking"/> (the store itself,
/// any number of linkers) or <see cref="Leading.HeldLinking"/> (one linker's copy in memory).
/// </summary>
public interface ILinkingSource
{
    /// <summary>Waits for this process's other linking transactions where they must run one at a time; dispose to let the next in.</summary>
    Task<IDisposable> EnterAsync(CancellationToken cancellationToken);

    /// <summary>The advisory locks a batch takes at its start, given those its reports need to link alongside other linkers.</summary>
    IEnumerable<string> Locks(IEnumerable<string> reportLocks);

    /// <summary>The tables, for one attempt of a transaction.</summary>
    Task<ILinkingTables> InAsync(DbTransaction tx);

    /// <summary>The transaction the last tables were opened in has committed.</summary>
    void Committed();
}
