using Corroboration.Matching.Curation;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>
/// What one transaction changed in <see cref="HeldTables"/>, net, for <see cref="HeldTablesWriter"/>
/// to write at its end: a claim added and moved within it is written once where it ended up, an
/// incident rewritten ten times once as it ended.
/// </summary>
public sealed class HeldChanges
{
    /// <summary>Members added in this transaction, as they are now.</summary>
    public Dictionary<ClaimKey, LinkMember> Added { get; } = [];

    /// <summary>Members the store held before this transaction and no longer holds.</summary>
    public HashSet<ClaimKey> Removed { get; } = [];

    /// <summary>Members the store held before this transaction that moved to another incident.</summary>
    public HashSet<ClaimKey> Moved { get; } = [];

    /// <summary>Incidents written (rows and keys), and each incident's keys before its first change here.</summary>
    public Dictionary<string, IReadOnlyList<string>> KeysBefore { get; } = new(StringComparer.Ordinal);

    public bool CounterChanged { get; set; }

    public void MemberAdded(LinkMember member) => Added[ClaimKey.Of(member.Row)] = member;

    public void MemberRemoved(ClaimKey claim)
    {
        if (!Added.Remove(claim))
        {
            Removed.Add(claim);
            Moved.Remove(claim);
        }
    }

    public void MemberMoved(LinkMember member)
    {
        var claim = ClaimKey.Of(member.Row);
        if (Added.ContainsKey(claim))
        {
            Added[claim] = member;
        }
        else
        {
            Moved.Add(claim);
        }
    }

    public void IncidentChanging(string id, HeldIncident? before) => KeysBefore.TryAdd(id, before?.Keys ?? []);
}
