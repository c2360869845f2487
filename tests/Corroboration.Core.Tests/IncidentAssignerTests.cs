using Corroboration.Contracts;
using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests;

public class IncidentAssignerTests
{
    private static readonly MatchScorer Scorer = new(new MatchWeights());
    private static readonly IncidentAssigner Assigner = new(Scorer);

    private static ClaimProfile Claim(string reportId, string? date, string? place, double? lat, double? lon, string text, int? killed = null) =>
        ClaimProfile.Of(
            new IncidentMember(reportId, 0, "source " + reportId, "media", null, null,
                new ClaimPayload { OccurredOn = date, Place = place, Lat = lat, Lon = lon, KilledMin = killed, KilledMax = killed, Admin1 = "Idlib" }),
            TermVector.FromText(text));

    private static IncidentProfile Incident(params ClaimProfile[] members) => IncidentProfile.Build(members);

    [Fact]
    public void SameDayAndPlaceJoinsTheIncident()
    {
        var existing = Incident(Claim("a", "2023-10-05", "Ariha", 35.81, 36.61, "air strike market Ariha killed civilians", 12));
        var claim = Claim("b", "2023-10-05", "Ariha", 35.81, 36.61, "strike hit the vegetable market in Ariha", 10);
        var assignment = Assigner.Assign(claim, new Dictionary<string, IncidentProfile> { ["inc-1"] = existing });
        Assert.Equal("inc-1", assignment.IncidentId);
        Assert.Contains(assignment.Decision!.Contributions, c => c.Feature == "date" && c.Weight > 0);
    }

    [Fact]
    public void SameTownAWeekApartIsANewIncident()
    {
        var existing = Incident(Claim("a", "2023-10-05", "Ariha", 35.81, 36.61, "air strike market Ariha killed civilians"));
        var claim = Claim("b", "2023-10-12", "Ariha", 35.81, 36.61, "air strike market Ariha killed civilians");
        var assignment = Assigner.Assign(claim, new Dictionary<string, IncidentProfile> { ["inc-1"] = existing });
        Assert.Null(assignment.IncidentId);
    }

    [Fact]
    public void SameDayFarAwayIsANewIncident()
    {
        var existing = Incident(Claim("a", "2023-10-05", "Ariha", 35.81, 36.61, "air strike killed civilians"));
        var claim = Claim("b", "2023-10-05", "Qamishli", 37.05, 41.23, "air strike killed civilians");
        Assert.Null(Assigner.Assign(claim, new Dictionary<string, IncidentProfile> { ["inc-1"] = existing }).IncidentId);
    }

    [Fact]
    public void AClaimThatClearlyMatchesTwoIncidentsMergesThem()
    {
        var first = Incident(Claim("a", "2023-10-05", "Ariha", 35.81, 36.61, "air strike vegetable market Ariha civilians killed"));
        var second = Incident(Claim("b", "2023-10-05", "Ariha", 35.81, 36.61, "vegetable market Ariha air strike dead civilians"));
        var claim = Claim("c", "2023-10-05", "Ariha", 35.81, 36.61, "air strike vegetable market Ariha civilians killed dead");
        var assignment = Assigner.Assign(claim, new Dictionary<string, IncidentProfile> { ["inc-1"] = first, ["inc-2"] = second });
        Assert.NotNull(assignment.IncidentId);
        Assert.Single(assignment.Absorbed);
    }

    [Fact]
    public void AnUndatedClaimDoesNotMergeAPlacesStrikesOfDifferentMonths()
    {
        var march = Incident(Claim("a", "2022-03-14", "Ariha", 35.81, 36.61, "air strike vegetable market Ariha civilians killed"));
        var june = Incident(Claim("b", "2022-06-20", "Ariha", 35.81, 36.61, "vegetable market Ariha air strike dead civilians"));
        var undated = Claim("c", null, "Ariha", 35.81, 36.61, "air strike vegetable market Ariha civilians killed dead");
        var assignment = Assigner.Assign(undated, new Dictionary<string, IncidentProfile> { ["inc-1"] = march, ["inc-2"] = june });
        Assert.NotNull(assignment.IncidentId); // it still joins the one it matches best
        Assert.Empty(assignment.Absorbed);
        // Two days apart they may be one strike that reports date differently: the claim bridges them.
        var twoDaysLater = Incident(Claim("b", "2022-03-16", "Ariha", 35.81, 36.61, "vegetable market Ariha air strike dead civilians"));
        Assert.Single(Assigner.Assign(undated, new Dictionary<string, IncidentProfile> { ["inc-1"] = march, ["inc-2"] = twoDaysLater }).Absorbed);
    }

    [Fact]
    public void MonthsApartWeighsMoreAgainstThanWeeksApart()
    {
        var existing = Incident(Claim("a", "2023-10-05", "Ariha", 35.81, 36.61, "air strike market Ariha killed civilians"));
        double DateWeight(string date) => Scorer.Score(Claim("b", date, "Ariha", 35.81, 36.61, "air strike market Ariha killed civilians"), existing)
            .Contributions.Single(c => c.Feature == Comparison.Date).Weight;
        Assert.True(DateWeight("2023-10-25") < DateWeight("2023-10-12"));
        Assert.True(DateWeight("2024-03-05") < DateWeight("2023-10-25"));
    }

    [Fact]
    public void ANeighbourThatTurnsOutToBeTheGrownIncidentRejoinsItUnlessTheyShareAReport()
    {
        var english = new[]
        {
            Claim("en1", "2023-10-05", "Ariha", 35.81, 36.61, "air strike hit the vegetable market in Ariha killing twelve civilians", 12),
            Claim("en2", "2023-10-05", "Ariha", 35.81, 36.61, "vegetable market in Ariha struck from the air, twelve dead", 12),
        };
        var arabic = new[] { Claim("ar1", "2023-10-05", "Ariha", 35.81, 36.61, "غارة جوية على سوق الخضار في أريحا تقتل 12 مدنيا", 12) };
        var grown = Incident(english);
        var reports = english.Select(c => c.ReportId).ToHashSet();
        Assert.Equal(["inc-ar"], Assigner.Rejoined(grown, reports, new Dictionary<string, IReadOnlyList<ClaimProfile>> { ["inc-ar"] = arabic }));
        Assert.Empty(Assigner.Rejoined(grown, reports.Append("ar1").ToHashSet(), new Dictionary<string, IReadOnlyList<ClaimProfile>> { ["inc-ar"] = arabic }));
        // Two neighbours holding claims of one report cannot both join.
        var arabicAgain = new[] { Claim("ar1", "2023-10-05", "Ariha", 35.81, 36.61, "غارة جوية على سوق الخضار في أريحا تقتل 12 مدنيا", 12) with { ClaimIndex = 1 } };
        Assert.Single(Assigner.Rejoined(grown, reports, new Dictionary<string, IReadOnlyList<ClaimProfile>> { ["inc-ar"] = arabic, ["inc-ar2"] = arabicAgain }));
        var elsewhere = new[] { Claim("ar2", "2023-10-12", "Qamishli", 37.05, 41.23, "غارة جوية على سوق في القامشلي", 3) };
        Assert.Empty(Assigner.Rejoined(grown, reports, new Dictionary<string, IReadOnlyList<ClaimProfile>> { ["inc-q"] = elsewhere }));
    }

    [Fact]
    public void WithoutDateOrPlaceTheTextDecides()
    {
        var existing = Incident(Claim("a", null, null, null, null, "earthquake Indonesia Aceh magnitude tsunami warning villages collapsed"));
        var similar = Claim("b", null, null, null, null, "magnitude earthquake struck Aceh Indonesia tsunami warning villages");
        var unrelated = Claim("c", null, null, null, null, "actress rehab clinic Malibu representative confirmed stay");
        var candidates = new Dictionary<string, IncidentProfile> { ["inc-1"] = existing };
        Assert.Equal("inc-1", Assigner.Assign(similar, candidates).IncidentId);
        Assert.Null(Assigner.Assign(unrelated, candidates).IncidentId);
    }

    [Fact]
    public void RankingByWeightAloneAssignsAsRankingByFullScoresDid()
    {
        var incidents = Tests.Matching.SyntheticPairs.Incidents;
        var candidates = incidents.Select((incident, i) => (Id: $"inc-{i:D4}", incident)).ToList();
        var (checkedClaims, linked) = (0, 0);
        foreach (var claim in Tests.Matching.SyntheticPairs.Claims.Take(120))
        {
            // Fifty neighbouring incidents, as blocking would offer them.
            var offered = candidates.Skip(Math.Max(0, checkedClaims * incidents.Count / 120 - 25)).Take(50)
                .ToDictionary(c => c.Id, c => c.incident, StringComparer.Ordinal);
            var expected = ByFullScores(claim, offered);
            var actual = Assigner.Assign(claim, offered);
            Assert.Equal(expected.IncidentId, actual.IncidentId);
            Assert.Equal(expected.Absorbed, actual.Absorbed);
            Assert.Equal(expected.Neighbours ?? [], actual.Neighbours ?? []);
            Assert.Equal(expected.Decision?.Weight, actual.Decision?.Weight);
            Assert.Equal(expected.Decision?.Contributions, actual.Decision?.Contributions);
            checkedClaims++;
            linked += actual.IncidentId is null ? 0 : 1;
        }
        Assert.InRange(linked, 10, checkedClaims - 10);
    }

    /// <summary>The assignment as it was decided before: every candidate fully scored, then ranked.</summary>
    private static Assignment ByFullScores(ClaimProfile claim, IReadOnlyDictionary<string, IncidentProfile> candidates)
    {
        var weights = Scorer.Weights;
        var scored = candidates.Select(c => (Id: c.Key, Decision: Scorer.Score(claim, c.Value)))
            .OrderByDescending(c => c.Decision.Weight).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (scored.Count == 0 || scored[0].Decision.Weight < weights.LinkThreshold)
        {
            return new Assignment(null, [], null);
        }
        var bridged = scored.Skip(1).Where(c => c.Decision.Weight >= weights.LinkThreshold + weights.MergeMargin).Select(c => c.Id).ToList();
        var neighbours = scored.Skip(1 + bridged.Count).Where(c => c.Decision.Weight >= weights.LinkThreshold - weights.NeighbourMargin).Select(c => c.Id).ToList();
        return new Assignment(scored[0].Id, bridged, scored[0].Decision, neighbours);
    }
}
