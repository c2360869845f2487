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
    private static readonly HashSet<string> ArabicStop = new(StringComparer.Ordinal)
    {
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
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabicStopSpan = ArabicStop.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after which the next word is part of a name that is no place ("الخوذ البيضاء", the White Helmets).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabicNotBeforeSpan =
        new HashSet<string>(["الخوذ"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> LatinStop = new(StringComparer.Ordinal)
    {
        "the", "syria", "syrian", "russia", "russian", "turkey", "turkish", "iran", "israel", "us", "al", "north", "south",
        "east", "west", "northern", "southern", "eastern", "western", "city", "town", "village", "market", "camp",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "state", "army",
        "coalition", "islamic", "kurdish", "amnesty", "human", "rights", "watch", "news", "twitter", "facebook", "copy",
        "link", "embed", "reply", "more", "like", "home", "center", "centre", "school", "mosque", "hospital", "road",
        "area", "region", "province", "new", "old", "up", "in", "on", "at", "by", "of", "a", "an", "and", "to",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinStopSpan = LatinStop.GetAlternateLookup<ReadOnlySpan<char>>();

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

    // A country name, alone or after "و", "ب" or "ل" (a group rather than a class, so that the scanner finds literal starts).
    private static readonly CueScanner CountryCue = new(@"(?<!\p{L})(?:و|ب|ل)?(?<c>" + string.Join('|', CountryCues.Keys) + @")(?!\p{L})", RegexOptions.Compiled);
    private static readonly int CountryGroup = CountryCue.GroupNumber("c");

    // Mentions and then Pick read the country names of the same text on the same thread: scan once.
    [ThreadStatic]
    private static (ReportText Text, List<string> Codes)? lastCountryCues;

    private static readonly string[] ArabicPrefixes = ["وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "وف", "و", "ب", "ل", "ف", "ك"];

    /// <summary>Every place mention, in text order, longest match first at each position.</summary>
    public IReadOnlyList<PlaceMention> Mentions(ReportText text)
    {
        var tokens = new List<Range>();
        foreach (var token in Token().EnumerateMatches(text.Clean))
        {
            tokens.Add(token.Index..(token.Index + token.Length));
        }
        var found = new List<(int Start, int Length, IReadOnlyList<GazetteerPlace> Places)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && ArabicNotBeforeSpan.Contains(text.Folded.AsSpan(tokens[i - 1])))
            {
                continue;
            }
            var forms = ArabicFormsOf(text, tokens[i]);
            for (var n = Math.Min(MaxWords, tokens.Count - i); n >= 1; n--)
            {
                var last = tokens[i + n - 1];
                if (n > 1 && HasBreak(text.Clean, tokens[i].Start.Value, last.Start.Value))
                {
                    continue;
                }
                var places = Lookup(text, tokens, i, n, forms);
                if (places.Count == 0)
                {
                    continue;
                }
                found.Add((tokens[i].Start.Value, last.End.Value - tokens[i].Start.Value, places));
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
        foreach (var code in CountryCodesNamed(text))
        {
            votes[code] = votes.GetValueOrDefault(code) + 2;
        }
        foreach (var place in mentions.Where(p => p.All(c => c.Country == p[0].Country)).Select(p => p[0]).Distinct())
        {
            votes[place.Country] = votes.GetValueOrDefault(place.Country) + 1;
        }
        var ranked = votes.OrderByDescending(v => v.Value).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Value == ranked[0].Value) ? null : ranked[0].Key;
    }

    /// <summary>The country of each country name in the text, in text order.</summary>
    private static List<string> CountryCodesNamed(ReportText text)
    {
        if (lastCountryCues is { } last && ReferenceEquals(last.Text, text))
        {
            return last.Codes;
        }
        var codes = new List<string>();
        foreach (var cue in CountryCue.Matches(text.Folded))
        {
            codes.Add(CountryCues[cue.Groups[CountryGroup].Value]);
        }
        lastCountryCues = (text, codes);
        return codes;
    }

    /// <summary>
    /// Which forms (see <see cref="ArabicForm"/>) an Arabic token has, one bit per form, and which
    /// of them no gazetteer name starts with: most words of a text, which then need no lookup of
    /// any length. All none for a token in another script.
    /// </summary>
    private ArabicForms ArabicFormsOf(ReportText text, Range token)
    {
        if (!PlaceKeys.IsArabic(text.Clean.AsSpan(token)))
        {
            return default;
        }
        var head = text.Folded.AsSpan(token);
        var form = head.Length + 2 <= 512 ? stackalloc char[head.Length + 2] : new char[head.Length + 2];
        var forms = default(ArabicForms);
        for (var index = 0; ArabicForm(head, index, form, out var length); index++)
        {
            if (length == 0)
            {
                continue;
            }
            forms.Any |= 1u << index;
            forms.Long |= length >= 3 ? 1u << index : 0;
            forms.Hopeless |= gazetteer.StartsNoArabicName(form[..length]) ? 1u << index : 0;
        }
        return forms;
    }

    /// <summary>A token's forms as bits: those it has, those of three letters or more, those no name starts with.</summary>
    private struct ArabicForms
    {
        public uint Any;
        public uint Long;
        public uint Hopeless;
    }

    /// <summary>The places tokens i..i+n-1 name, looked up without making strings of the text.</summary>
    private IReadOnlyList<GazetteerPlace> Lookup(ReportText text, List<Range> tokens, int i, int n, ArabicForms forms)
    {
        var first = text.Clean.AsSpan(tokens[i]);
        if (PlaceKeys.IsArabic(first))
        {
            return LookupArabic(text.Folded, tokens, i, n, forms);
        }
        if (!char.IsUpper(first[0]) || n == 1 && IsLatinStop(first))
        {
            return [];
        }
        // Names are capitalised but for their articles ("Jisr al-Shughur"): "Ariha in Idlib" is no name.
        for (var k = i + 1; k < i + n; k++)
        {
            var word = text.Clean.AsSpan(tokens[k]);
            if (!char.IsUpper(word[0]) && !PlaceKeys.IsArticle(word))
            {
                return [];
            }
        }
        var phrase = text.Clean.AsSpan(tokens[i].Start.Value..tokens[i + n - 1].End.Value);
        return n == 1 && phrase.Length < 4 ? [] : gazetteer.FindAll(phrase);
    }

    /// <summary>The first token in each of its forms (see <see cref="ArabicForm"/>) joined to the next tokens, as the gazetteer keys Arabic names.</summary>
    private IReadOnlyList<GazetteerPlace> LookupArabic(string folded, List<Range> tokens, int i, int n, ArabicForms forms)
    {
        // A key is the keys of its parts joined when every character normalizes alone (else no form is skipped).
        var restIsSimple = true;
        var restLength = 0;
        for (var k = i + 1; k < i + n; k++)
        {
            foreach (var c in folded.AsSpan(tokens[k]))
            {
                restIsSimple &= NormalizedChars.TryGet(c, out _);
            }
            restLength += tokens[k].End.Value - tokens[k].Start.Value;
        }
        var worth = (n == 1 ? forms.Long : forms.Any) & (restIsSimple ? ~forms.Hopeless : ~0u);
        if (worth == 0)
        {
            return [];
        }
        var head = folded.AsSpan(tokens[i]);
        var nameLength = head.Length + 2 + restLength;
        var name = nameLength <= 512 ? stackalloc char[nameLength] : new char[nameLength];
        var rest = restLength <= 512 ? stackalloc char[restLength] : new char[restLength];
        restLength = 0;
        for (var k = i + 1; k < i + n; k++)
        {
            folded.AsSpan(tokens[k]).CopyTo(rest[restLength..]);
            restLength += tokens[k].End.Value - tokens[k].Start.Value;
        }
        // "للطيران" (for the air force) is a common word under any reading, whatever a gazetteer spells "لطيران".
        for (var form = 0; n == 1 && ArabicForm(head, form, name, out var length); form++)
        {
            if (length > 0 && ArabicStopSpan.Contains(name[..length]))
            {
                return [];
            }
        }
        for (var form = 0; ArabicForm(head, form, name, out var length); form++)
        {
            if ((worth & (1u << form)) == 0)
            {
                continue;
            }
            rest.CopyTo(name[length..]);
            var places = gazetteer.FindAll(name[..(length + rest.Length)]);
            if (places.Count > 0)
            {
                return places;
            }
        }
        return [];
    }

    /// <summary>
    /// Form 0 of a word is the word itself, form k its stem without the clitic prefix
    /// ArabicPrefixes[k-1] ("وبالرقه" → "الرقه", "للرقه" → "الرقه"), written into
    /// <paramref name="form"/> (length 0 when that prefix does not apply). False past the last form.
    /// </summary>
    private static bool ArabicForm(ReadOnlySpan<char> word, int index, Span<char> form, out int length)
    {
        length = 0;
        if (index > ArabicPrefixes.Length)
        {
            return false;
        }
        if (index == 0)
        {
            word.CopyTo(form);
            length = word.Length;
            return true;
        }
        var prefix = ArabicPrefixes[index - 1];
        if (word.Length - prefix.Length < 3 || !word.StartsWith(prefix, StringComparison.Ordinal))
        {
            return true;
        }
        var stem = word[prefix.Length..];
        if (prefix.EndsWith("ال", StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal))
        {
            "ال".CopyTo(form);
            length = 2;
        }
        stem.CopyTo(form[length..]);
        length += stem.Length;
        return true;
    }

    private static bool IsLatinStop(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return LatinStopSpan.Contains(lower);
    }

    /// <summary>Chooses among same-name places: in the report's country, then one whose governorate the text names, else the best known.</summary>
    private GazetteerPlace Choose(IReadOnlyList<GazetteerPlace> places, ReportText text, string? country)
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
            if (place.Admin1.Length > 0 && !place.IsGovernorate && gazetteer.GovernorateCues(place.Admin1) is { } cues
                && cues.Any(cue => text.Folded.Contains(cue, StringComparison.Ordinal)))
            {
                return place;
            }
        }
        return places[0];
    }

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
