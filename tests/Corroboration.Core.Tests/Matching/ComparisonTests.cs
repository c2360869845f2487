using Corroboration.Contracts;
using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>The comparison levels that tell neighbouring incidents apart, and that stay silent when a side says nothing.</summary>
public sealed class ComparisonTests
{
    private static ClaimProfile Claim(ClaimPayload claim, string text = "air strike killed civilians in the village") =>
        ClaimProfile.Of(new IncidentMember("r-" + text.Length, 0, "a source", "media", null, null, claim), TermVector.FromText(text));

    private static int Level(string feature, ClaimProfile claim, params ClaimProfile[] members)
    {
        var (levels, _) = Comparison.Compare(claim, IncidentProfile.Build(members));
        return levels[MatchModel.Default.Features.Select(f => f.Name).ToList().IndexOf(feature)];
    }

    [Fact]
    public void ACarBombAndAnAirRaidAreDifferentWeaponsAndADroneIsRelatedToAnAirStrike()
    {
        var airRaid = Claim(new ClaimPayload { Weapons = ["airstrike"] });
        Assert.Equal(2, Level(Comparison.Weapon, Claim(new ClaimPayload { Weapons = ["car bomb"] }), airRaid));
        Assert.Equal(1, Level(Comparison.Weapon, Claim(new ClaimPayload { Weapons = ["drone"] }), airRaid));
        Assert.Equal(0, Level(Comparison.Weapon, Claim(new ClaimPayload { Weapons = ["airstrike", "missile"] }), airRaid));
        Assert.Equal(Comparison.Missing, Level(Comparison.Weapon, Claim(new ClaimPayload()), airRaid));
        // A missile is of two families: an air weapon and, like artillery, fire from afar; gunfire is neither.
        var shelling = Claim(new ClaimPayload { Weapons = ["artillery"] });
        Assert.Equal(1, Level(Comparison.Weapon, Claim(new ClaimPayload { Weapons = ["gunfire", "Missile"] }), shelling));
        Assert.Equal(2, Level(Comparison.Weapon, Claim(new ClaimPayload { Weapons = ["gunfire"] }), shelling));
    }

    [Fact]
    public void AnUndatedFridayReportAgreesOnlyWithAnIncidentOnAFriday()
    {
        var friday = Claim(new ClaimPayload { OccurredWeekday = "friday" });
        Assert.Equal(0, Level(Comparison.Weekday, friday, Claim(new ClaimPayload { OccurredOn = "2023-10-06" })));
        Assert.Equal(1, Level(Comparison.Weekday, friday, Claim(new ClaimPayload { OccurredOn = "2023-10-07" })));
        // A dated claim is judged by its date, not by a weekday.
        Assert.Equal(Comparison.Missing, Level(Comparison.Weekday, Claim(new ClaimPayload { OccurredOn = "2023-10-06", OccurredWeekday = "friday" }), Claim(new ClaimPayload { OccurredOn = "2023-10-07" })));
    }

    [Fact]
    public void AGovernorateNamedInsteadOfAVillageStillAgreesOrDisagreesOnTheGovernorate()
    {
        var village = Claim(new ClaimPayload { Place = "Ariha", Admin1 = "Idlib", Lat = 35.81, Lon = 36.61 });
        Assert.Equal(1, Level(Comparison.PlaceName, Claim(new ClaimPayload { Place = "Idlib", Admin1 = "Idlib" }), village));
        Assert.Equal(2, Level(Comparison.PlaceName, Claim(new ClaimPayload { Place = "Aleppo", Admin1 = "Aleppo" }), village));
    }

    [Fact]
    public void TextsInDifferentScriptsAreNotComparedButSameScriptMembersAre()
    {
        var arabic = Claim(new ClaimPayload(), "غارة جوية على سوق الخضار في أريحا قتل مدنيين");
        var english = Claim(new ClaimPayload(), "air strike on the vegetable market in Ariha killed civilians");
        Assert.Equal(Comparison.Missing, Level(Comparison.Text, arabic, english));
        Assert.Equal(0, Level(Comparison.Text, arabic, english, Claim(new ClaimPayload(), "غارة جوية على سوق الخضار في أريحا قتل مدنيين")));
    }
}
