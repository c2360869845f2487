using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// Groups an incident's members into independent evidence chains (AccuCopy's point: copies are
/// not corroboration). Two members share a chain when they have the same publisher, when one
/// cites the other's publisher, or when one's text is a copy of the other's, word for word or
/// lightly edited (<see cref="TextSignature"/>). Denials chain apart from assertions.
/// </summary>
public static class ChainBuilder
{
    /// <summary>
    /// Log-odds one kind of first-hand evidence adds to its source (a likelihood ratio of about
    /// 1.3): what the former flat +0.05 was for a mid-range source.
    /// </summary>
    public const double FirstHandWeight = 0.25;

    /// <summary>No single report is surer than a source moving even odds to 0.97: about 300 to 1 at the base rate.</summary>
    public static readonly double MaxReliability = SourceReliability.BeyondBaseRate(0.97);

    public static IReadOnlyList<EvidenceChain> Build(IReadOnlyList<IncidentMember> members, TrustTable? trust = null) =>
        Chains(Group(members), trust);

    /// <summary>
    /// The members that are not independent of each other, in groups: what the chains are made
    /// of whatever the trust, so that reliability learning, which scores every incident under
    /// table after table, groups each incident once.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IncidentMember>> Group(IReadOnlyList<IncidentMember> members)
    {
        // Names are normalized and signatures read once per member, not once per pair: a hot
        // incident with hundreds of members is rescored often.
        var facts = members.Select(CopyFacts.Of).ToList();
        var parent = Enumerable.Range(0, members.Count).ToArray();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (Denies(members[i]) == Denies(members[j]) && Dependent(facts[i], facts[j]))
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }
        return Enumerable.Range(0, members.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => (IReadOnlyList<IncidentMember>)g.Select(i => members[i]).ToList())
            .ToList();
    }

    /// <summary>The chains of <see cref="Group"/>'s groups under <paramref name="trust"/>, strongest first.</summary>
    public static IReadOnlyList<EvidenceChain> Chains(IReadOnlyList<IReadOnlyList<IncidentMember>> groups, TrustTable? trust = null)
    {
        trust ??= TrustTable.Empty;
        return groups
            .Select(g => ToChain(g, trust))
            .OrderByDescending(c => c.Reliability)
            .ThenBy(c => c.Leader.ReportId, StringComparer.Ordinal)
            .ToList();
    }

    public static bool Denies(IncidentMember member) => member.Claim.Stance == "denies";

    /// <summary>Why <paramref name="member"/> is not independent of <paramref name="leader"/>, or null.</summary>
    public static string? DependenceReason(IncidentMember member, IncidentMember leader) =>
        DependenceReason(CopyFacts.Of(member), CopyFacts.Of(leader));

    private static string? DependenceReason(CopyFacts member, CopyFacts leader) => Dependence(member, leader) switch
    {
        Link.Cites => $"cites {CitedName(member, leader)}: not independent",
        Link.CitedBy => $"cited by {leader.Member.Source}: not independent",
        Link.SamePublisher => $"same publisher as report {leader.Member.ReportId}: not independent",
        Link.SameText => $"same text as report {leader.Member.ReportId}: a copy",
        Link.NearCopy => $"near-copy of report {leader.Member.ReportId}: not independent",
        _ => null,
    };

    /// <summary>Why a member depends on another, the first reason that holds, in the order the reasons are told.</summary>
    private enum Link
    {
        None,
        Cites,
        CitedBy,
        SamePublisher,
        SameText,
        NearCopy,
    }

    // Asked of every pair of an incident's members, so decided without writing the reason out.
    private static Link Dependence(CopyFacts member, CopyFacts leader)
    {
        if (CitedName(member, leader) is not null)
        {
            return Link.Cites;
        }
        foreach (var (_, key) in leader.CiteKeys)
        {
            if (SourceNames.SameKeys(key, member.SourceKey))
            {
                return Link.CitedBy;
            }
        }
        if (!SourceNames.IsUnknownKey(member.SourceKey) && SourceNames.SameKeys(member.SourceKey, leader.SourceKey))
        {
            return Link.SamePublisher;
        }
        if (member.Member.TextDigest is not null && member.Member.TextDigest == leader.Member.TextDigest)
        {
            return Link.SameText;
        }
        return member.Signature is { } x && leader.Signature is { } y && x.IsNearCopyOf(y) ? Link.NearCopy : Link.None;
    }

    /// <summary>The first name the member cites that is the leader's publisher.</summary>
    private static string? CitedName(CopyFacts member, CopyFacts leader)
    {
        foreach (var (name, key) in member.CiteKeys)
        {
            if (SourceNames.SameKeys(key, leader.SourceKey))
            {
                return name;
            }
        }
        return null;
    }

    private static bool Dependent(CopyFacts a, CopyFacts b) =>
        Dependence(a, b) != Link.None || Dependence(b, a) != Link.None;

    /// <summary>What telling copies apart needs of a member, worked out once: its names as <see cref="SourceNames.Key"/>s and its parsed signature.</summary>
    private sealed record CopyFacts(IncidentMember Member, string SourceKey, IReadOnlyList<(string Name, string Key)> CiteKeys, TextSignature? Signature)
    {
        public static CopyFacts Of(IncidentMember member) => new(
            member,
            SourceNames.Key(member.Source),
            member.Claim.Cites?.Select(c => (c, SourceNames.Key(c))).ToList() ?? [],
            TextSignature.Parse(member.TextSignature));
    }

    private static EvidenceChain ToChain(IReadOnlyList<IncidentMember> members, TrustTable trust)
    {
        var leader = members.OrderByDescending(m => MemberReliability(m, trust)).ThenBy(m => m.ReportId, StringComparer.Ordinal).First();
        return new EvidenceChain(members, leader, MemberReliability(leader, trust), Denies(leader));
    }

    /// <summary>
    /// The source's reliability (learned, pinned or its type's prior), raised by first-hand
    /// evidence (witnesses, imagery, site visits…): each kind, up to two, multiplies the odds by
    /// e^<see cref="FirstHandWeight"/>, and no member goes beyond <see cref="MaxReliability"/>.
    /// </summary>
    public static double MemberReliability(IncidentMember member, TrustTable trust)
    {
        var firstHand = Math.Min(2, member.Claim.Evidence?.Count ?? 0);
        return Math.Min(MaxReliability, LogOdds.ToProbability(LogOdds.Of(trust.Reliability(member)) + FirstHandWeight * firstHand));
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
