using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// An incident that grows keeps running counts and sums of its summary; its profile must be the
/// one its definition gives from the members summarised, to the last bit, or clustering would
/// change. The definition is written here plainly (grouped, sorted, summed) as the oracle.
/// </summary>
public sealed class RunningSummaryTests
{
    [Fact]
    public void AGrowingIncidentHasTheSummaryItsDefinitionGivesAtEverySize()
    {
        var random = new Random(5);
        // Latin members first, then Arabic ones among them; past 256 the summary moves on by steps.
        var claims = Enumerable.Range(0, 400).Select(i => Claim(random, arabic: i >= 20 && i % 3 == 0)).ToList();
        var running = new RunningSummary();
        var members = new List<ClaimProfile>();
        foreach (var claim in claims)
        {
            members.Add(claim);
            var expected = Defined(members);
            AssertSame(expected, IncidentProfile.Build(members, running));
            AssertSame(expected, IncidentProfile.Build(members));
        }
    }

    [Fact]
    public void MembersThatAreNotTheCountedOnesFollowedByNewOnesAreCountedAfresh()
    {
        var random = new Random(8);
        var claims = Enumerable.Range(0, 30).Select(i => Claim(random, arabic: i % 4 == 1)).ToList();
        var running = new RunningSummary();
        IncidentProfile.Build(claims[..20], running);

        // Fewer members than were counted, then as many but others, then one more with the first one changed.
        AssertSame(Defined(claims[..10]), IncidentProfile.Build(claims[..10], running));
        AssertSame(Defined(claims[10..]), IncidentProfile.Build(claims[10..], running));
        List<ClaimProfile> changed = [claims[0], .. claims[11..]];
        AssertSame(Defined(changed), IncidentProfile.Build(changed, running));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(256, 0)]
    [InlineData(257, 64)]
    [InlineData(320, 64)]
    [InlineData(321, 128)]
    [InlineData(5000, 4800)]
    public void ALargeIncidentIsSummarisedFromItsLatestMembersMovingOnInSteps(int count, int first)
    {
        Assert.Equal(first, IncidentProfile.FirstSummarised(count));
        Assert.InRange(count - first, Math.Min(count, IncidentProfile.MaxSummarised - IncidentProfile.SummaryStep + 1), IncidentProfile.MaxSummarised);
    }

    /// <summary>The summary by its definition, from the members <see cref="IncidentProfile.FirstSummarised"/> says.</summary>
    private static IncidentProfile Defined(IReadOnlyList<ClaimProfile> all)
    {
        var members = all.Skip(IncidentProfile.FirstSummarised(all.Count)).ToList();
        var days = members.Where(m => m.Date is { IsDay: true }).GroupBy(m => m.Date!.Value.From)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (DateSpan?)new DateSpan(g.Key, g.Key)).FirstOrDefault();
        var range = members.Where(m => m.Date is { IsDay: false }).Select(m => m.Date!.Value)
            .Select((span, order) => (span, order)).OrderBy(r => r.span.To.DayNumber - r.span.From.DayNumber).ThenBy(r => r.order)
            .Select(r => (DateSpan?)r.span).FirstOrDefault();
        var located = members.Where(m => m.Lat is not null).Select((m, order) => (Location: (m.Lat!.Value, m.Lon!.Value), order))
            .GroupBy(m => m.Location).OrderByDescending(g => g.Count()).ThenBy(g => g.First().order).Select(g => ((double, double)?)g.Key).FirstOrDefault();
        var specific = MostReported(members.Where(m => !m.PlaceIsRegion).Select(m => m.PlaceKey));
        var scripts = members.GroupBy(m => m.Terms.Script).ToDictionary(g => g.Key, g => CentroidDefinition.Of(g.Select(m => m.Terms)));
        return new IncidentProfile(
            days ?? range,
            specific.Count > 0 ? specific : MostReported(members.Select(m => m.PlaceKey)),
            located?.Item1,
            located?.Item2,
            Distinct(members.Select(m => m.Perpetrator)),
            members.Min(m => m.KilledMin),
            members.Max(m => m.KilledMax),
            Distinct(members.Select(m => m.Source)),
            CentroidDefinition.Of(members.Select(m => m.Terms)),
            all.Count,
            scripts,
            Distinct(members.SelectMany(m => m.Weapons ?? [])),
            Distinct(members.SelectMany(m => m.Targets ?? [])),
            MostReported(members.Select(m => m.Admin1)));
    }

    private static List<string> MostReported(IEnumerable<string?> values)
    {
        var counted = values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).ToList();
        var top = counted.Count == 0 ? 0 : counted.Max(g => g.Count());
        return counted.Where(g => g.Count() == top).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).Order(StringComparer.Ordinal).ToList();

    private static void AssertSame(IncidentProfile expected, IncidentProfile actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.PlaceKeys, actual.PlaceKeys);
        Assert.Equal((expected.Lat, expected.Lon), (actual.Lat, actual.Lon));
        Assert.Equal(expected.Perpetrators, actual.Perpetrators);
        Assert.Equal((expected.KilledMin, expected.KilledMax), (actual.KilledMin, actual.KilledMax));
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.MemberCount, actual.MemberCount);
        Assert.Equal(expected.Weapons, actual.Weapons);
        Assert.Equal(expected.Targets, actual.Targets);
        Assert.Equal(expected.Admin1s, actual.Admin1s);
        AssertSameVector(expected.Terms, actual.Terms);
        Assert.Equal(expected.TermsByScript!.Keys, actual.TermsByScript!.Keys);
        foreach (var (script, vector) in expected.TermsByScript)
        {
            AssertSameVector(vector, actual.TermsByScript[script]);
        }
    }

    private static void AssertSameVector(TermVector expected, TermVector actual)
    {
        Assert.Equal(expected.Weights.Keys, actual.Weights.Keys);
        Assert.Equal(expected.Weights.Values, actual.Weights.Values); // exactly: the same sums in the same order
    }

    /// <summary>
    /// A claim drawn from few values of everything (days, ranges, places, coordinates, names
    /// spelt in two cases, casualty counts, weights), so that every tie rule decides something.
    /// </summary>
    private static ClaimProfile Claim(Random random, bool arabic)
    {
        var words = Enumerable.Range(0, 50).Select(_ => (arabic ? "كلمة" : "word") + random.Next(300)).Distinct()
            .ToDictionary(word => word, _ => random.Next(1, 4) / 3.0, StringComparer.Ordinal);
        var day = new DateOnly(2022, 3, 1).AddDays(random.Next(6));
        DateSpan? date = random.Next(5) switch { 0 => null, 1 => new DateSpan(day, day.AddDays(random.Next(1, 4))), _ => new DateSpan(day, day) };
        var place = random.Next(6) switch { 0 => null, var n => "place" + n % 4 };
        var region = place == "place0";
        var located = random.Next(3) > 0 && !region;
        string? Pick(string[] names) => random.Next(4) == 0 ? null : names[random.Next(names.Length)];
        var killed = random.Next(4) == 0 ? (int?)null : random.Next(10);
        return new ClaimProfile(
            $"r{random.Next()}", 0, Pick(["Source A", "source a", "Source B", "SOURCE C"]) ?? "unknown", date, place, region,
            located ? 35 + random.Next(3) / 10.0 : null, located ? 36 + random.Next(2) / 10.0 : null,
            Pick(["Army", "army", "IS", "Unknown"]), killed, killed + random.Next(3), new TermVector(words),
            random.Next(3) == 0 ? null : [Pick(["Drone", "drone", "shell"]) ?? "rocket"],
            random.Next(3) == 0 ? null : [Pick(["market", "Market", "school"]) ?? "home"],
            Admin1: Pick(["Idlib", "Aleppo", "Hama"]));
    }
}
