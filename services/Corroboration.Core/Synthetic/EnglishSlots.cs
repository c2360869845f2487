namespace Corroboration.Core.Synthetic;

/// <summary>The phrases one English report is assembled from (chosen once, so the report is consistent).</summary>
internal sealed class EnglishSlots
{
    private static readonly Dictionary<string, string[]> Verbs = new(StringComparer.Ordinal)
    {
        ["airstrike"] = ["struck", "bombed", "hit", "targeted"],
        ["drone"] = ["struck", "targeted", "hit"],
        ["artillery"] = ["shelled", "pounded", "targeted"],
        ["missile"] = ["fired missiles at", "struck", "hit"],
        ["barrel bomb"] = ["dropped barrel bombs on"],
        ["cluster munition"] = ["struck", "hit"],
        ["ground raid"] = ["raided"],
        ["gunfire"] = ["opened fire on", "attacked"],
    };

    public EnglishSlots(Story s, Governorates governorates, Random rng)
    {
        var incident = s.Incident;
        var place = incident.Place;
        Place = rng.Chance(0.1) && place.LooseLatin.Count > 0 ? rng.Pick(place.LooseLatin) : rng.Chance(0.5) ? place.English : rng.Pick(place.Latin);
        PlaceWithKind = place.Place.Kind switch
        {
            "city" when rng.Chance(0.5) => $"the city of {Place}",
            "town" when rng.Chance(0.5) => $"the town of {Place}",
            "village" when rng.Chance(0.6) => $"the village of {Place}",
            "neighbourhood_area" => $"the {Place} neighbourhood",
            _ => Place,
        };
        Governorate = rng.Pick(governorates.English(place.Admin1));
        Region = RegionPhrase(place, Governorate, rng);
        Date = DateWriter.English(s, rng);
        var adjective = rng.Pick(incident.Perpetrator.EnglishAdjectives);
        var noun = rng.Pick(incident.Weapon.English);
        var attack = adjective.Length == 0 ? noun : $"{adjective} {noun}";
        // Plurals and mass nouns ("shelling", "gunfire") take no article.
        var mass = noun.EndsWith('s') || noun.EndsWith("shelling", StringComparison.Ordinal) || noun.EndsWith("fire", StringComparison.Ordinal) || noun.EndsWith("ordnance", StringComparison.Ordinal);
        Attack = mass ? attack : Numbers.Article(attack);
        AttackBare = attack;
        Adjective = adjective;
        if (Verbs.TryGetValue(incident.Weapon.Term, out var verbs))
        {
            Agent = rng.Pick(incident.Perpetrator.EnglishAgents);
            Verb = rng.Pick(verbs);
        }
        Target = rng.Pick(incident.Target.English);
        KilledNumber = Numbers.English(s.Killed, rng);
        Killed = KilledPhrase(s.Killed, rng);
        Injured = s.Injured switch
        {
            0 => "",
            1 => rng.Pick(["one other person", "another person", "one other"]),
            _ => $"{Numbers.English(s.Injured, rng)} {(rng.Chance(0.5) ? "others" : "people")}",
        };
        Children = incident.Children == 0 ? "" : Numbers.English(Math.Min(incident.Children, s.Killed), rng);
        Attribution = s.Cited is { } cited
            ? rng.Pick([$"according to {cited.CitedEnglish ?? cited.Name}", $"{cited.CitedEnglish ?? cited.Name} said", $"{cited.CitedEnglish ?? cited.Name} reported"])
            : rng.Pick(["local sources said", "activists said", "witnesses said", "a medical source said", "residents said", "a local official said"]);
        Country = place.Place.CountryName;
    }

    public string Place { get; }
    public string PlaceWithKind { get; }
    public string Governorate { get; }
    public string Region { get; }
    public string Country { get; }
    public DatePhrase Date { get; }
    public string Attack { get; }
    public string AttackBare { get; }
    public string Adjective { get; }
    public string? Agent { get; }
    public string? Verb { get; }
    public string Target { get; }
    public string Killed { get; }
    public string KilledNumber { get; }
    public string Injured { get; }
    public string Children { get; }
    public string Attribution { get; }

    /// <summary>" on 12 March 2022" (with its leading space), or empty.</summary>
    public string When => Date.IsEmpty ? "" : " " + Date.Text;

    /// <summary>" in the southern Idlib countryside", or empty.</summary>
    public string Where => Region.Length == 0 ? "" : " " + Region;

    private static string KilledPhrase(int killed, Random rng)
    {
        if (killed == 1)
        {
            return rng.Pick(["a civilian", "a child", "one person", "a woman", "a man"]);
        }
        var victims = rng.Pick(["civilians", "people", "civilians", "people", "members of one family"]);
        if (killed >= 24 && rng.Chance(0.1))
        {
            return $"dozens of {victims}";
        }
        var number = Numbers.English(killed, rng);
        return killed >= 5 && rng.Chance(0.3) ? $"at least {number} {victims}" : $"{number} {victims}";
    }

    private static string RegionPhrase(SyntheticPlace place, string governorate, Random rng)
    {
        if (place.Country != "SY")
        {
            return rng.Pick([$"in {governorate} province, {place.Place.CountryName}", $"in {place.Place.CountryName}'s {governorate} province", $"in {governorate}, {place.Place.CountryName}"]);
        }
        if (rng.Chance(0.12))
        {
            return "";
        }
        if (place.Direction is not { } d)
        {
            return rng.Pick([$"in {governorate} province", $"in {governorate}, Syria", "in Syria"]);
        }
        return rng.Next(6) switch
        {
            0 => $"in the {d.Adjective} {governorate} countryside",
            1 => $"in {d.Adjective} {governorate}",
            2 => $"in rural {governorate}",
            3 => $"in {governorate}'s {d.Adjective} countryside",
            4 => $"in {governorate} province",
            _ => $"in {d.Adjective} {governorate} province, Syria",
        };
    }
}
