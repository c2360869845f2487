using Corroboration.Contracts;
using Corroboration.Core.Extraction;

namespace Corroboration.Core.Scoring;

/// <summary>
/// Scores an incident by log-odds over independent evidence chains, starting from the base rate
/// (<see cref="SourceReliability.BaseRate"/>): each asserting chain adds how far its source's
/// reliability lies above the base rate (so one chain alone gives that reliability, as naive
/// Bayes over independent sources does), each denying chain takes away as far as its
/// reliability lies above the base rate of false reports, a party's denial counting for
/// little. The result is the confidence that the incident happened as the cluster describes
/// it, a grade, and a line of explanation per report.
/// </summary>
public sealed class CorroborationScorer
{
    /// <summary>
    /// What a denial by a party to the conflict takes away, in log-odds, whoever its source: a
    /// party denies whether or not it struck, so its denial says little (a likelihood ratio of
    /// about 0.75; the former rule gave a government's denial the same).
    /// </summary>
    private const double PartisanDenialWeight = 0.3;

    public IncidentPayload Score(string incidentId, IReadOnlyList<IncidentMember> members) =>
        Score(incidentId, members, TrustTable.Empty);

    /// <summary>Scores with per-source reliabilities learned or pinned in <paramref name="trust"/>.</summary>
    public IncidentPayload Score(string incidentId, IReadOnlyList<IncidentMember> members, TrustTable trust) =>
        Score(incidentId, members, ChainBuilder.Build(members, trust));

    /// <summary>Scores the incident's members as <paramref name="chains"/> (<see cref="ChainBuilder.Build"/>) make them out.</summary>
    public IncidentPayload Score(string incidentId, IReadOnlyList<IncidentMember> members, IReadOnlyList<EvidenceChain> chains)
    {
        var asserting = chains.Where(c => !c.Denies).ToList();
        var perpetrators = Consensus.Perpetrators(asserting);
        var contested = Attribution.IsContested(asserting);
        var explanation = new List<ExplanationLine>();
        foreach (var chain in chains)
        {
            var reason = chain.Denies
                ? DenialReason(chain.Leader, perpetrators)
                : $"independent {chain.Leader.SourceType} source" + EvidenceNote(chain.Leader) + (contested ? BlameNote(chain) : "");
            explanation.Add(new(chain.Leader.ReportId, chain.Leader.Source, Math.Round(Weight(chain), 3), reason));
            foreach (var member in chain.Members.Where(m => m != chain.Leader))
            {
                var why = ChainBuilder.DependenceReason(member, chain.Leader) ?? $"depends on report {chain.Leader.ReportId}";
                explanation.Add(new(member.ReportId, member.Source, 0, why));
            }
        }
        var (assertion, denial) = Evidence(chains);
        var place = Consensus.Place(chains.Where(c => !c.Denies).ToList());
        return new IncidentPayload
        {
            Id = incidentId,
            ReportIds = members.Select(m => m.ReportId).Distinct().Order(StringComparer.Ordinal).ToList(),
            Confidence = Confidence(assertion, denial),
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

    /// <summary>The confidence <see cref="Score"/> gives an incident of these chains, without the rest of the score.</summary>
    public static double Confidence(IReadOnlyList<EvidenceChain> chains)
    {
        var (assertion, denial) = Evidence(chains);
        return Confidence(assertion, denial);
    }

    private static double Confidence(double assertion, double denial) =>
        Math.Round(LogOdds.ToProbability(LogOdds.Of(SourceReliability.BaseRate) + assertion - denial), 4);

    /// <summary>The log-odds the asserting chains add, and the denying ones take away.</summary>
    private static (double Assertion, double Denial) Evidence(IReadOnlyList<EvidenceChain> chains)
    {
        var (assertion, denial) = (0.0, 0.0);
        foreach (var chain in chains)
        {
            if (chain.Denies)
            {
                denial -= Weight(chain);
            }
            else
            {
                assertion += Weight(chain);
            }
        }
        return (assertion, denial);
    }

    /// <summary>
    /// What a chain adds to the log-odds: a denial takes away (<see cref="DenialWeight"/>); a weak
    /// source asserting an incident is little evidence for it, never evidence against.
    /// </summary>
    private static double Weight(EvidenceChain chain) =>
        chain.Denies ? -DenialWeight(chain) : Math.Max(0, SourceReliability.Weight(chain.Reliability));

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

    /// <summary>
    /// How far a denial moves the odds towards "it did not happen". A party's denial counts for
    /// little (<see cref="PartisanDenialWeight"/>). Anyone else's counts by its reliability read
    /// as the probability it is right, as learning reads it (the mean doubt of the incidents it
    /// denied): a source right nine times in ten makes the incident as likely false as the base
    /// rate makes it true, so its weight is how far that reliability lies above the base rate of
    /// false reports. A credible fact-check thus outweighs a lone rumour.
    /// </summary>
    private static double DenialWeight(EvidenceChain chain) =>
        IsPartisan(chain.Leader)
            ? PartisanDenialWeight
            : Math.Max(0, LogOdds.Of(chain.Reliability) - LogOdds.Of(1 - SourceReliability.BaseRate));

    private static string DenialReason(IncidentMember denier, IReadOnlyList<PerpetratorSupport> perpetrators) =>
        !IsPartisan(denier) ? $"denial by {denier.Source}"
        : IsAccused(denier, perpetrators) ? $"denial by {denier.Source}, an accused party: weak evidence"
        : $"denial by {denier.Source}, a party to the conflict: weak evidence";

    private static bool IsPartisan(IncidentMember member) => member.SourceType is "party" or "government";

    /// <summary>A party or government source that speaks for an alleged perpetrator ("Russian Ministry of Defence" for Russia).</summary>
    private static bool IsAccused(IncidentMember member, IReadOnlyList<PerpetratorSupport> perpetrators) =>
        IsPartisan(member)
        && PerpetratorExtractor.PartiesIn(member.Source).Intersect(perpetrators.Select(p => PerpetratorNames.Canonical(p.Name))).Any();

    /// <summary>On a contested incident each chain says whom it blames, so an analyst sees the disagreement.</summary>
    private static string BlameNote(EvidenceChain chain) =>
        Attribution.Blamed(chain) is { Count: > 0 } blamed
            ? $", blames {string.Join(" and ", blamed.Select(name => Attribution.LeftOpen(name) is { } ally && !blamed.Contains(ally) ? $"{name} (not told apart from {ally})" : name))}"
            : "";

    private static string EvidenceNote(IncidentMember member) =>
        member.Claim.Evidence is { Count: > 0 } evidence ? $", first-hand evidence: {string.Join(", ", evidence)}" : "";
}
