namespace Corroboration.Core.Synthetic;

/// <summary>
/// Draws incidents over 2021–2023 in real places, in episodes that put confusable incidents
/// next to each other: the same town a day or a week apart, or a neighbouring village the same
/// day, by the same perpetrator. A small share are hoaxes (claimed, never happened).
/// </summary>
internal sealed class IncidentFactory(PlacePool places, int seed)
{
    private const double HoaxShare = 0.06;
    private const double SiblingShare = 0.3;
    private static readonly DateOnly First = new(2021, 1, 1);
    private static readonly DateOnly Last = new(2023, 12, 31);
    private int count;

    public int Count => count;

    public List<SyntheticIncident> Episode(Random rng)
    {
        var place = places.Pick(rng);
        var first = Make(place, First.AddDays(rng.Next(Last.DayNumber - First.DayNumber + 1)), Perpetrators.For(place.Admin1, rng), rng.Chance(HoaxShare), rng);
        var episode = new List<SyntheticIncident> { first };
        if (!rng.Chance(SiblingShare))
        {
            return episode;
        }
        var siblings = 1 + (rng.Chance(0.25) ? 1 : 0);
        for (var i = 0; i < siblings; i++)
        {
            var (at, days) = rng.Next(3) switch
            {
                0 => (place, rng.Chance(0.5) ? 1 : -1),
                1 => (place, (rng.Chance(0.5) ? 1 : -1) * (6 + rng.Next(3))),
                _ => (places.Neighbour(place, rng) ?? place, 0),
            };
            var date = first.Date.AddDays(days);
            date = date < First ? First : date > Last ? Last : date;
            episode.Add(Make(at, date, first.Perpetrator, rng.Chance(HoaxShare / 2), rng));
        }
        return episode;
    }

    private SyntheticIncident Make(SyntheticPlace place, DateOnly date, Perpetrator perpetrator, bool hoax, Random rng)
    {
        var weapon = Armoury.Weapons[rng.Weighted(perpetrator.Weapons)];
        var target = Armoury.Targets[rng.Pick(weapon.Targets)];
        // Hoaxes claim big tolls ("massacre"); real tolls are heavy-tailed, a few with no deaths.
        var killed = hoax ? 3 + rng.HeavyTail(0.9, 80) : rng.Chance(0.1) ? 0 : rng.HeavyTail(1.2, 150);
        var injured = rng.Chance(0.3) ? 0 : rng.Next(0, (2 * killed) + 4);
        var children = killed >= 2 && rng.Chance(0.35) ? rng.Next(1, killed) : killed == 1 && rng.Chance(0.2) ? 1 : 0;
        count++;
        return new SyntheticIncident($"syn-{seed}-i{count}", date, place, perpetrator, weapon, target, killed, injured, children, hoax);
    }
}
