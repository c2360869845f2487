using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// Scores an incident by log-odds over independent evidence chains: each asserting chain adds
/// the log-odds of its reliability, each denying chain takes away in proportion to its
/// reliability, an accused party's denial counting for little. The result is the confidence that the incident happened as the
/// cluster describes it, a grade, and a line of explanation per report.
/// </summary>
public sealed class CorroborationScorer
{
    private const double BaseRate = 0.35;
    private const double AccusedDenialDiscount = 0.3;
    /// <summary>A fully credible denial takes away about what a credible assertion adds.</summary>
    private const double DenialScale = 2.0;
    private static readonly string[] UnknownPerpetrators = ["unknown", ""];

    public IncidentPayload Score(string incidentId, IReadOnlyList<IncidentMember> members) =>
        Score(incidentId, members, TrustTable.Empty);

    /// <summary>Scores with per-source reliabilities learned or pinned in <paramref name="trust"/>.</summary>
    public IncidentPayload Score(string incidentId, IReadOnlyList<IncidentMember> members, TrustTable trust)
    {
        var chains = ChainBuilder.Build(members, trust);
        var asserting = chains.Where(c => !c.Denies).ToList();
        var perpetrators = Consensus.Perpetrators(asserting);
        var explanation = new List<ExplanationLine>();
        var assertion = 0.0;
        var denial = 0.0;
        foreach (var chain in chains)
        {
            var weight = Logit(chain.Reliability);
            string reason;
            if (chain.Denies)
            {
                var accused = IsAccused(chain.Leader, perpetrators);
                weight = -DenialScale * chain.Reliability * (accused ? AccusedDenialDiscount : 1);
                denial -= weight;
                reason = accused ? $"denial by {chain.Leader.Source}, an accused party: weak evidence" : $"denial by {chain.Leader.Source}";
            }
            else
            {
                // A weak source asserting an incident is little evidence for it, never evidence against.
                weight = Math.Max(0, weight);
                assertion += weight;
                reason = $"independent {chain.Leader.SourceType} source" + EvidenceNote(chain.Leader);
            }
            explanation.Add(new(chain.Leader.ReportId, chain.Leader.Source, Math.Round(weight, 3), reason));
            foreach (var member in chain.Members.Where(m => m != chain.Leader))
            {
                var why = ChainBuilder.DependenceReason(member, chain.Leader) ?? $"depends on report {chain.Leader.ReportId}";
                explanation.Add(new(member.ReportId, member.Source, 0, why));
            }
        }
        var confidence = Sigmoid(Logit(BaseRate) + assertion - denial);
        var contested = IsContested(asserting);
        var place = Consensus.Place(chains.Where(c => !c.Denies).ToList());
        return new IncidentPayload
        {
            Id = incidentId,
            ReportIds = members.Select(m => m.ReportId).Distinct().Order(StringComparer.Ordinal).ToList(),
            Confidence = Math.Round(confidence, 4),
            Grade = Grade(asserting, perpetrators, assertion, denial, contested),
            Contested = contested,
            OccurredOn = Consensus.Date(asserting.Count > 0 ? asserting : chains),
            Place = place?.Place,
            Lat = place?.Lat,
            Lon = place?.Lon,
            Killed = Consensus.Killed(asserting),
            Perpetrators = perpetrators,
            IndependentSources = asserting.Count,
            Explanation = explanation,
        };
    }

    private static string Grade(List<EvidenceChain> asserting, IReadOnlyList<PerpetratorSupport> perpetrators, double assertion, double denial, bool contested)
    {
        if (denial > assertion)
        {
            return "discounted";
        }
        if (asserting.Any(c => IsAccused(c.Leader, perpetrators)))
        {
            return "confirmed"; // the accused party itself reports it
        }
        if (contested)
        {
            return "contested";
        }
        return asserting.Count(c => c.Reliability >= SourceReliability.Credible) >= 2 ? "fair" : "weak";
    }

    /// <summary>Credible independent chains blame different perpetrators.</summary>
    private static bool IsContested(List<EvidenceChain> asserting)
    {
        var blamed = asserting
            .Where(c => c.Reliability >= SourceReliability.Credible)
            .Select(c => c.Leader.Claim.Perpetrator?.Trim())
            .Where(p => p is not null && !UnknownPerpetrators.Contains(p.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return blamed.Count() >= 2;
    }

    /// <summary>A party or government source whose name matches an alleged perpetrator.</summary>
    private static bool IsAccused(IncidentMember member, IReadOnlyList<PerpetratorSupport> perpetrators) =>
        member.SourceType is "party" or "government"
        && perpetrators.Any(p => PerpetratorStem(p.Name) is { } stem && SourceNames.Key(member.Source).Contains(stem, StringComparison.Ordinal));

    /// <summary>"Russia" → "russi", which also matches "Russian Ministry of Defence".</summary>
    private static string? PerpetratorStem(string perpetrator)
    {
        var key = SourceNames.Key(perpetrator);
        var first = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null ? null : first[..Math.Min(first.Length, 5)];
    }

    private static string EvidenceNote(IncidentMember member) =>
        member.Claim.Evidence is { Count: > 0 } evidence ? $", first-hand evidence: {string.Join(", ", evidence)}" : "";

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
