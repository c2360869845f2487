using System.Data.Common;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>Opens <see cref="StoredLinkingTables"/> on a transaction.</summary>
public sealed class StoredLinking(IncidentStore store, ConstraintStore constraints, ParsedRows parsed)
{
    public ILinkingTables In(DbTransaction tx) => new StoredLinkingTables(tx, store, constraints, parsed);
}
