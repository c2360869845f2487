namespace Corroboration.Core.Synthetic;

/// <summary>The phrases one Arabic report is assembled from (chosen once, so the report is consistent).</summary>
internal sealed class ArabicSlots
{
    private static readonly string[] FeminineNouns = ["غار", "قذائف", "صواريخ", "براميل", "قنابل", "عملية", "عبوة", "سيارة", "مخلفات"];

    public ArabicSlots(Story s, Governorates governorates, Random rng)
    {
        var incident = s.Incident;
        var place = incident.Place;
        Place = rng.Pick(place.ArabicSpellings);
        var kind = place.Place.Kind switch
        {
            "city" => "مدينة",
            "town" => "بلدة",
            "village" => "قرية",
            "neighbourhood_area" => "حي",
            _ => "منطقة",
        };
        Masculine = kind == "حي";
        PlaceWithKind = rng.Chance(0.7) ? $"{kind} {Place}" : Place;
        Governorate = governorates.Arabic(place.Admin1) ?? "";
        Region = RegionPhrase(place, Governorate, rng);
        Date = DateWriter.Arabic(s, rng);
        var of = rng.Pick(incident.Perpetrator.ArabicOf);
        var noun = rng.Pick(incident.Weapon.Arabic);
        Attack = of.Length == 0 ? noun : $"{noun} {of}";
        AttackFeminine = FeminineNouns.Any(f => noun.StartsWith(f, StringComparison.Ordinal));
        var (agent, feminine) = rng.Pick(incident.Perpetrator.ArabicAgents);
        Clause = $"{rng.Pick<string>(feminine ? ["استهدفت", "قصفت"] : ["استهدف", "قصف"])} {agent}";
        Target = rng.Pick(incident.Target.Arabic);
        Killed = KilledPhrase(s.Killed, rng);
        KilledNumber = Numbers.Digits(s.Killed);
        Injured = s.Injured switch
        {
            0 => "",
            1 => "آخر",
            2 => "اثنين آخرين",
            _ => $"{Numbers.Arabic(s.Injured, rng)} آخرين",
        };
        Children = Math.Min(incident.Children, s.Killed);
        Attribution = s.Cited is { } cited
            ? $"{rng.Pick(["وفق", "بحسب", "حسب ما أفاد", "نقلاً عن"])} {cited.CitedArabic ?? cited.Name}"
            : rng.Pick(["بحسب مصادر محلية", "وفق ناشطين", "حسب ما أفاد ناشطون", "بحسب مصدر طبي", "وفق شهود عيان", "بحسب مراسلين محليين"]);
    }

    public string Place { get; }
    public string PlaceWithKind { get; }
    public bool Masculine { get; }
    public string Governorate { get; }
    public string Region { get; }
    public DatePhrase Date { get; }
    public string Attack { get; }
    /// <summary>The attack noun takes a feminine verb (غارة استهدفت, not استهدف).</summary>
    public bool AttackFeminine { get; }
    /// <summary>Verb and subject ("استهدفت قوات النظام"), ready for an object.</summary>
    public string Clause { get; }
    public string Target { get; }
    public string Killed { get; }
    public string KilledNumber { get; }
    public string Injured { get; }
    public int Children { get; }
    public string Attribution { get; }

    public string When => Date.IsEmpty ? "" : " " + Date.Text;

    public string Where => Region.Length == 0 ? "" : " " + Region;

    /// <summary>"وإصابة خمسة آخرين" (with its leading space), or empty.</summary>
    public string AndInjured => Injured.Length == 0 ? "" : $" وإصابة {Injured}";

    private static string KilledPhrase(int killed, Random rng)
    {
        switch (killed)
        {
            case 1:
                return rng.Pick(["مدني", "طفل", "امرأة", "شخص", "شاب"]);
            case 2:
                return rng.Pick(["مدنيين اثنين", "طفلين", "شخصين", "شابين"]);
            case <= 10:
                return $"{Numbers.Arabic(killed, rng)} {rng.Pick(["مدنيين", "أشخاص", "مدنيين", "أطفال"])}";
            default:
                if (killed >= 24 && rng.Chance(0.08))
                {
                    return "عشرات المدنيين";
                }
                var count = $"{Numbers.Digits(killed)} {rng.Pick(["مدنياً", "شخصاً"])}";
                return rng.Chance(0.25) ? $"ما لا يقل عن {count}" : count;
        }
    }

    private static string RegionPhrase(SyntheticPlace place, string governorate, Random rng)
    {
        if (governorate.Length == 0)
        {
            return "";
        }
        if (place.Country != "SY")
        {
            var country = place.Country == "IQ" ? rng.Pick(["في العراق", "شمالي العراق", "العراقية"]) : rng.Pick(["في اليمن", "اليمنية"]);
            return $"في محافظة {governorate} {country}";
        }
        if (rng.Chance(0.1))
        {
            return "";
        }
        // "ريف دمشق" is itself a governorate's name: no second "ريف".
        var rural = governorate.StartsWith("ريف", StringComparison.Ordinal);
        if (place.Direction is not { } d)
        {
            return rng.Pick([$"في محافظة {governorate}", rural ? $"في {governorate}" : $"وسط {governorate}", "في سوريا"]);
        }
        return rng.Next(5) switch
        {
            0 => rural ? $"ب{governorate} {d.ArabicAdjective}" : $"بريف {governorate} {d.ArabicAdjective}",
            1 => rural ? $"في {governorate} {d.ArabicAdjective}" : $"في ريف {governorate} {d.ArabicAdjective}",
            2 => $"{d.ArabicAdverb} {governorate}",
            3 => $"في محافظة {governorate}",
            _ => rural ? $"ب{governorate}" : $"بريف {governorate}",
        };
    }
}
