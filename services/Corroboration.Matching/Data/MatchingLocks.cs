namespace Corroboration.Matching.Data;

/// <summary>
/// The advisory locks that let linkers run concurrently on PostgreSQL (SQLite has one writer at a
/// time anyway). Two rules:
/// <list type="number">
/// <item>Whoever changes an incident (members, row or index keys: a member change is always
/// followed by rewriting the incident) holds all its keys, old and new, when it commits.
/// <see cref="IncidentStore"/> takes them as it rewrites them, without waiting, for by then it holds
/// other locks; a busy key restarts the transaction with that key taken at its start.</item>
/// <item>A linker holds from its start the keys it will search with (its claims' blocking keys),
/// its report id, and the keys a new incident of each claim would get, so that two reports of one
/// new incident meet there rather than in a restart.</item>
/// </list>
/// So while a linker runs, no incident it can find through its keys changes, and none becomes
/// findable (new, merged into or re-keyed): linkers that could find each other's incidents, before
/// or after, run one after the other, and the rest cannot see each other's changes. Claim keys
/// alone would not do: an incident's keys are wider than a claim's (a day either side, every
/// member's words), so a claim can join an incident without sharing a key with the one that made it.
/// Incidents reached other than through the index (an updated report's old ones, a must-link
/// partner's, analysts' targets) are row-locked before their members are read or changed, and
/// checked again after the lock. An analyst adding a constraint waits for its two claims' report
/// locks, so that the constraints on a linker's claims, read once at its start, hold until it commits.
/// </summary>
public static class MatchingLocks
{
    /// <summary>Held by a linker that holds the tables in memory (see <c>Leading.HeldLinking</c>), and by whoever else changes them meanwhile.</summary>
    public const string Linking = "matching/linking";

    public static string Report(string reportId) => "matching/report/" + reportId;

    public static string Key(string blockKey) => "matching/key/" + blockKey;
}
