using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Finds gazetteer places in English and Arabic text and picks the incident's: the most specific
/// place in the incident sentence (or title), ties broken by how often Airwars recorded it.
/// </summary>
public sealed partial class PlaceExtractor(Gazetteer gazetteer)
{
    private const int MaxWords = 4;

    // How many sentences after the incident's a more precise place may come from.
    private const int RefineSentences = 3;

    // Single Arabic words that are place names in the gazetteer but mostly common words in prose.
    private static readonly HashSet<string> ArabicStop =
    [
        "مدينه", "المدينه", "قريه", "القريه", "بلده", "البلده", "حي", "الحي", "منطقه", "المنطقه", "ريف", "الريف",
        "سوريا", "سوريه", "الشمال", "الجنوب", "الشرق", "الغرب", "شمال", "جنوب", "شرق", "غرب", "الشرقي", "الغربي",
        "الشمالي", "الجنوبي", "المحافظه", "محافظه", "الطريق", "طريق", "السوق", "المسجد", "الجامع", "المشفي", "المدرسه",
        "المخيم", "مخيم", "الجسر", "المركز", "اليوم", "امس", "النظام", "الدوله", "الحدود", "المعبر", "الساحه", "الدوار",
        "الجديده", "الكبير", "الصغير", "السبت", "الاحد", "الجمعه", "القوات", "الجيش", "الطيران", "الحرب", "عين", "تل",
        "العسكري", "الزراعي", "الصناعي", "الفرات", "النهر", "الحره", "السوري", "السوريه", "الكردي", "التركي", "الروسي",
        "المنزل", "منزل", "المزرعه", "مزرعه", "البيت", "الشيخ", "الامن", "الوطني", "المحطه", "محطه", "الشام", "البادية", "الباديه",
        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "فجر", "الفجر", "تشرين", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران",
        "تموز", "ايلول", "الشهداء", "شهداء", "الشهيد", "شهيد", "جديده", "جديد", "التحالف", "تحالف", "رصد", "النور",
        "طيران", "الثوره", "الحريه", "السلام", "الخير", "الاتحاد", "المصدر", "الوحده", "الشعب", "العرب", "الاسلام",
        "الاول", "الثاني", "الثالث", "صور", "الاحياء", "السكنيه", "الفرقه",
    ];

    // Words after which the next word is part of a name that is no place ("الخوذ البيضاء", the White Helmets).
    private static readonly HashSet<string> ArabicNotBefore = ["الخوذ"];

    private static readonly HashSet<string> LatinStop =
    [
        "the", "syria", "syrian", "russia", "russian", "turkey", "turkish", "iran", "israel", "us", "al", "north", "south",
        "east", "west", "northern", "southern", "eastern", "western", "city", "town", "village", "market", "camp",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "state", "army",
        "coalition", "islamic", "kurdish", "amnesty", "human", "rights", "watch", "news", "twitter", "facebook", "copy",
        "link", "embed", "reply", "more", "like", "home", "center", "centre", "school", "mosque", "hospital", "road",
        "area", "region", "province", "new", "old", "up", "in", "on", "at", "by", "of", "a", "an", "and", "to",
    ];

    // Country names and adjectives (folded) that CountryCue finds, by ISO code.
    private static readonly Dictionary<string, string> CountryCues = new(StringComparer.Ordinal)
    {
        ["syria"] = "SY", ["syrian"] = "SY", ["سوريا"] = "SY", ["سوريه"] = "SY", ["السوري"] = "SY", ["السوريه"] = "SY",
        ["iraq"] = "IQ", ["iraqi"] = "IQ", ["العراق"] = "IQ", ["العراقي"] = "IQ", ["العراقيه"] = "IQ",
        ["yemen"] = "YE", ["yemeni"] = "YE", ["اليمن"] = "YE", ["اليمني"] = "YE", ["اليمنيه"] = "YE",
        ["libya"] = "LY", ["libyan"] = "LY", ["ليبيا"] = "LY", ["الليبي"] = "LY", ["الليبيه"] = "LY",
        ["palestine"] = "PS", ["palestinian"] = "PS", ["gaza"] = "PS", ["فلسطين"] = "PS", ["الفلسطيني"] = "PS", ["غزه"] = "PS",
        ["lebanon"] = "LB", ["lebanese"] = "LB", ["لبنان"] = "LB", ["اللبناني"] = "LB",
        ["ukraine"] = "UA", ["ukrainian"] = "UA", ["اوكرانيا"] = "UA",
        ["afghanistan"] = "AF", ["afghan"] = "AF", ["افغانستان"] = "AF",
        ["sudan"] = "SD", ["sudanese"] = "SD", ["السودان"] = "SD", ["السوداني"] = "SD",
        ["somalia"] = "SO", ["somali"] = "SO", ["الصومال"] = "SO",
    };

    private static readonly Regex CountryCue = new(@"(?<!\p{L})[وبل]?(?<c>" + string.Join('|', CountryCues.Keys) + @")(?!\p{L})", RegexOptions.Compiled);

    private static readonly string[] ArabicPrefixes = ["وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وف", "و", "ب", "ل", "ف", "ك"];

    /// <summary>Every place mention, in text order, longest match first at each position.</summary>
    public IReadOnlyList<PlaceMention> Mentions(ReportText text)
    {
        var tokens = Token().Matches(text.Clean).ToList();
        var found = new List<(int Start, int Length, List<GazetteerPlace> Places)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && ArabicNotBefore.Contains(text.Folded.Substring(tokens[i - 1].Index, tokens[i - 1].Length)))
            {
                continue;
            }
            for (var n = Math.Min(MaxWords, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                if (n > 1 && HasBreak(text.Clean, tokens[i].Index, last.Index))
                {
                    continue;
                }
                var places = Lookup(text, tokens, i, n);
                if (places.Count == 0)
                {
                    continue;
                }
                found.Add((tokens[i].Index, last.Index + last.Length - tokens[i].Index, places));
                i += n - 1;
                break;
            }
        }
        var country = DocumentCountry(text, found.Select(f => f.Places));
        return found.Select(f => new PlaceMention(f.Start, f.Length, Choose(f.Places, text, country), IsArea(text.Folded, f.Start, f.Length))).ToList();
    }

    /// <summary>The incident's place, or null when the text names none.</summary>
    public PlaceMention? Pick(IReadOnlyList<PlaceMention> mentions, ReportText text, int incidentSentence)
    {
        if (mentions.Count == 0)
        {
            return null;
        }
        var country = DocumentCountry(text, mentions.Select(m => (IReadOnlyList<GazetteerPlace>)[m.Place]));
        var ranked = mentions
            .OrderByDescending(m => Weight(m, text, incidentSentence, country))
            .ThenBy(m => m.Offset)
            .ToList();
        return Refine(ranked[0], ranked, text, incidentSentence);
    }

    /// <summary>
    /// A region picked from the lead ("strikes on Idlib") yields to a town inside it that the next
    /// sentences name ("the village of Kansafra in the Idlib countryside"): the same incident, told
    /// more precisely.
    /// </summary>
    private static PlaceMention Refine(PlaceMention picked, List<PlaceMention> ranked, ReportText text, int incidentSentence)
    {
        if (picked.Specificity >= 2 || picked.Place.Admin1.Length == 0)
        {
            return picked;
        }
        return ranked.FirstOrDefault(m => m.Specificity > picked.Specificity && m.Place.Admin1 == picked.Place.Admin1
            && m.Place.Country == picked.Place.Country && (m.Offset < text.TitleEnd || text.SentenceAt(m.Offset) <= incidentSentence + RefineSentences)) ?? picked;
    }

    private static int Weight(PlaceMention m, ReportText text, int incidentSentence, string? country)
    {
        var sentence = text.SentenceAt(m.Offset);
        var near = sentence == incidentSentence ? 30 : m.Offset < text.TitleEnd ? 20 : sentence <= incidentSentence + 2 ? 10 : 0;
        var coordinates = m.Place.Lat is null ? 0 : 2;
        // A place abroad is the incident's only when the report is about that country.
        var abroad = country is not null && m.Place.Country != country ? -100 : 0;
        return near + (m.Specificity * 8) + coordinates + abroad;
    }

    /// <summary>
    /// The country the report is about: country names in the text count twice, and each place that
    /// can only be in one country counts once. Null when nothing decides.
    /// </summary>
    private static string? DocumentCountry(ReportText text, IEnumerable<IReadOnlyList<GazetteerPlace>> mentions)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match cue in CountryCue.Matches(text.Folded))
        {
            var code = CountryCues[cue.Groups["c"].Value];
            votes[code] = votes.GetValueOrDefault(code) + 2;
        }
        foreach (var place in mentions.Where(p => p.All(c => c.Country == p[0].Country)).Select(p => p[0]).Distinct())
        {
            votes[place.Country] = votes.GetValueOrDefault(place.Country) + 1;
        }
        var ranked = votes.OrderByDescending(v => v.Value).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Value == ranked[0].Value) ? null : ranked[0].Key;
    }

    private List<GazetteerPlace> Lookup(ReportText text, List<Match> tokens, int i, int n)
    {
        var first = tokens[i].Value;
        if (PlaceKeys.IsArabic(first))
        {
            var rest = string.Concat(tokens.Skip(i + 1).Take(n - 1).Select(t => text.Folded.Substring(t.Index, t.Length)));
            var head = text.Folded.Substring(tokens[i].Index, tokens[i].Length);
            // "للطيران" (for the air force) is a common word under any reading, whatever a gazetteer spells "لطيران".
            if (n == 1 && ArabicForms(head).Any(ArabicStop.Contains))
            {
                return [];
            }
            foreach (var candidate in ArabicForms(head))
            {
                if (n == 1 && candidate.Length < 3)
                {
                    continue;
                }
                var places = gazetteer.FindAll(candidate + rest);
                if (places.Count > 0)
                {
                    return [.. places];
                }
            }
            return [];
        }
        if (!char.IsUpper(first[0]) || LatinStop.Contains(first.ToLowerInvariant()) && n == 1)
        {
            return [];
        }
        // Names are capitalised but for their articles ("Jisr al-Shughur"): "Ariha in Idlib" is no name.
        if (tokens.Skip(i + 1).Take(n - 1).Any(t => !char.IsUpper(t.Value[0]) && !PlaceKeys.IsArticle(t.Value)))
        {
            return [];
        }
        var phrase = text.Clean.Substring(tokens[i].Index, tokens[i + n - 1].Index + tokens[i + n - 1].Length - tokens[i].Index);
        if (n == 1 && phrase.Length < 4)
        {
            return [];
        }
        return [.. gazetteer.FindAll(phrase)];
    }

    /// <summary>The word itself, then with its clitic prefixes removed ("وبالرقه" → "الرقه", "للرقه" → "الرقه").</summary>
    private static IEnumerable<string> ArabicForms(string word)
    {
        yield return word;
        foreach (var prefix in ArabicPrefixes)
        {
            if (word.Length - prefix.Length < 3 || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = word[prefix.Length..];
            yield return prefix.EndsWith("ال", StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal) ? "ال" + stem : stem;
        }
    }

    /// <summary>Chooses among same-name places: in the report's country, then one whose governorate the text names, else the best known.</summary>
    private GazetteerPlace Choose(List<GazetteerPlace> places, ReportText text, string? country)
    {
        if (country is not null && places.Any(p => p.Country == country))
        {
            places = places.Where(p => p.Country == country).ToList();
        }
        if (places.Count == 1)
        {
            return places[0];
        }
        foreach (var place in places)
        {
            if (place.Admin1.Length > 0 && !place.IsGovernorate && gazetteer.Governorate(place.Admin1) is { } gov
                && gov.AltNames.Prepend(gov.Name).Any(name => name.Length > 3 && text.Folded.Contains(PlaceKeys.IsArabic(name) ? Fold(name) : name.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                return place;
            }
        }
        return places[0];
    }

    private static string Fold(string arabic) => Text.TextNormalizer.Normalize(arabic);

    private static bool IsArea(string folded, int start, int length)
    {
        var before = folded[Math.Max(0, start - 22)..start];
        var after = folded[(start + length)..Math.Min(folded.Length, start + length + 25)];
        return AreaBefore().IsMatch(before) || AreaAfter().IsMatch(after);
    }

    private static bool HasBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '.' or ',' or '،' or ':' or '(' or ')' or '|' or '#')
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?:ريف|ارياف|محافظه|بادي[هة]|countryside of|province of|outskirts of|rural|governorate of|منطقه)\s*(?:ال\S*\s+)?$|(?:ريف|ارياف|بريف|وريف|لريف)\s*$")]
    private static partial Regex AreaBefore();

    [GeneratedRegex(@"^\s*(?:'s\s+)?(?:\w+ern\s+)?(?:countryside|province|governorate|region|outskirts|suburbs)")]
    private static partial Regex AreaAfter();

    [GeneratedRegex(@"[\p{L}\d'’]+")]
    private static partial Regex Token();

}
