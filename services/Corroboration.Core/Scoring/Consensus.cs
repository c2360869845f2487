using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>What the independent chains agree on: date, place, casualties, perpetrators.</summary>
public static class Consensus
{
    public static string? Date(IReadOnlyList<EvidenceChain> chains) =>
        Mode(chains.Select(c => c.Members.Select(m => m.Claim.OccurredOn).FirstOrDefault(d => d is not null)));

    public static ClaimPayload? Place(IReadOnlyList<EvidenceChain> chains)
    {
        var placed = chains.Select(c => c.Members.Select(m => m.Claim).FirstOrDefault(p => !string.IsNullOrEmpty(p.Place)))
            .Where(p => p is not null).Select(p => p!).ToList();
        var name = Mode(placed.Select(p => p.Place));
        return placed.FirstOrDefault(p => p.Place == name && p.Lat is not null) ?? placed.FirstOrDefault(p => p.Place == name);
    }

    /// <summary>UCDP-style low/best/high: the lowest and highest figures, and the median chain's.</summary>
    public static CasualtyRange? Killed(IReadOnlyList<EvidenceChain> chains)
    {
        var perChain = chains
            .Select(c => c.Members.Select(m => m.Claim).Where(k => k.KilledMin is not null || k.KilledMax is not null).ToList())
            .Where(k => k.Count > 0)
            .ToList();
        if (perChain.Count == 0)
        {
            return null;
        }
        var low = perChain.SelectMany(k => k).Min(k => k.KilledMin ?? k.KilledMax)!.Value;
        var high = perChain.SelectMany(k => k).Max(k => k.KilledMax ?? k.KilledMin)!.Value;
        var bests = perChain.Select(k => k.Max(c => c.KilledMax ?? c.KilledMin)!.Value).Order().ToList();
        return new CasualtyRange(low, bests[(bests.Count - 1) / 2], high);
    }

    /// <summary>Each alleged perpetrator with the share of asserting chains that name it, as main or joint perpetrator.</summary>
    public static IReadOnlyList<PerpetratorSupport> Perpetrators(IReadOnlyList<EvidenceChain> asserting)
    {
        var naming = asserting
            .Select(c => c.Members.SelectMany(m => Attribution.Named(m.Claim)).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        return naming.SelectMany(p => p!)
            .GroupBy(p => p!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PerpetratorSupport(g.Key, Math.Round((double)g.Count() / naming.Count, 3)))
            .OrderByDescending(p => p.Support).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Mode(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrEmpty(v))
            .GroupBy(v => v!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
