using System.Collections.Concurrent;
using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Matching's JSON columns, parsed once per process rather than on every read: a linker reads up
/// to 50 candidate profiles per claim and every member of each incident it rewrites, mostly the
/// same few hot ones again and again. An entry is used only while the stored text it was parsed
/// from is unchanged (an incident's version and update time, a member's JSON), so changes by
/// other replicas and by analysts are always seen. Bounded: a full cache is emptied and refills.
/// </summary>
public sealed class ParsedRows
{
    private const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, ParsedProfile> _profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string ReportId, int ClaimIndex), ParsedMember> _members = new();

    public IncidentProfile Profile(IncidentRow row)
    {
        if (TryProfile(row.Id, row.Version, row.UpdatedAt) is { } known)
        {
            return known;
        }
        var profile = ProfileJson.Profile(row);
        Keep(_profiles, row.Id, new ParsedProfile(row.Version, row.UpdatedAt, profile));
        return profile;
    }

    /// <summary>The profile parsed from the row <paramref name="stamp"/> identifies, if it is still held.</summary>
    public IncidentProfile? Profile(IncidentStamp stamp) => TryProfile(stamp.Id, stamp.Version, stamp.UpdatedAt);

    private IncidentProfile? TryProfile(string id, long version, string updatedAt) =>
        _profiles.TryGetValue(id, out var known) && known.Version == version && known.UpdatedAt == updatedAt ? known.Profile : null;

    /// <summary>A profile just written as <paramref name="version"/> of <paramref name="row"/>: the next reader need not parse it.</summary>
    public void Remember(IncidentRow row, long version, IncidentProfile profile) =>
        Keep(_profiles, row.Id, new ParsedProfile(version, row.UpdatedAt, profile));

    /// <summary>The row with its member and claim.</summary>
    public LinkMember Link(MemberRow row)
    {
        var known = Parsed(row);
        return new LinkMember(row, known.Member, known.Claim);
    }

    private ParsedMember Parsed(MemberRow row)
    {
        var key = (row.ReportId, row.ClaimIndex);
        if (_members.TryGetValue(key, out var known) && known.MemberJson == row.MemberJson && known.TermsJson == row.TermsJson)
        {
            return known;
        }
        var member = ProfileJson.Member(row);
        var parsed = new ParsedMember(row.MemberJson, row.TermsJson, member, ProfileJson.ClaimOf(row, member));
        Keep(_members, key, parsed);
        return parsed;
    }

    private static void Keep<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value) where TKey : notnull
    {
        if (cache.Count >= Capacity)
        {
            cache.Clear();
        }
        cache[key] = value;
    }

    private sealed record ParsedProfile(long Version, string UpdatedAt, IncidentProfile Profile);

    private sealed record ParsedMember(string MemberJson, string TermsJson, IncidentMember Member, ClaimProfile Claim);
}
