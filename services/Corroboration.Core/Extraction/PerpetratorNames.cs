namespace Corroboration.Core.Extraction;

/// <summary>
/// The suite's canonical perpetrator names, and the mapping from other labellings (Airwars'
/// belligerent names such as "Russian Military", "Assad Regime", "YPG") onto them.
/// </summary>
public static class PerpetratorNames
{
    public const string Russia = "Russia";
    public const string SyrianGovernment = "Syrian government";
    public const string Coalition = "US-led Coalition";
    public const string Turkey = "Turkey";
    public const string Israel = "Israel";
    public const string Iran = "Iran";
    public const string IslamicState = "IS";
    public const string Hts = "HTS";
    public const string Sdf = "SDF";
    public const string Sna = "Syrian National Army";
    public const string Hezbollah = "Hezbollah";
    public const string Jordan = "Jordan";
    public const string SaudiCoalition = "Saudi-led Coalition";
    public const string Houthis = "Houthis";
    public const string Unknown = "Unknown";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["russia"] = Russia, ["russian military"] = Russia, ["russian federation"] = Russia, ["russian forces"] = Russia,
        ["syrian government"] = SyrianGovernment, ["syrian regime"] = SyrianGovernment, ["assad regime"] = SyrianGovernment,
        ["syrian military"] = SyrianGovernment, ["syrian army"] = SyrianGovernment, ["government of syria"] = SyrianGovernment,
        ["us-led coalition"] = Coalition, ["u.s.-led coalition"] = Coalition, ["coalition"] = Coalition, ["united states"] = Coalition,
        ["us military"] = Coalition, ["u.s. military"] = Coalition,
        ["turkey"] = Turkey, ["turkish military"] = Turkey, ["turkish forces"] = Turkey,
        ["israel"] = Israel, ["israeli military"] = Israel, ["idf"] = Israel,
        ["iran"] = Iran, ["iranian military"] = Iran, ["iran-backed militias"] = Iran,
        ["is"] = IslamicState, ["isis"] = IslamicState, ["isil"] = IslamicState, ["islamic state"] = IslamicState, ["daesh"] = IslamicState,
        ["hts"] = Hts, ["hayat tahrir al-sham"] = Hts,
        ["sdf"] = Sdf, ["syrian democratic forces"] = Sdf, ["ypg"] = Sdf, ["kurdish forces"] = Sdf, ["pkk"] = Sdf,
        ["syrian national army"] = Sna, ["sna"] = Sna, ["turkish-backed factions"] = Sna,
        ["hezbollah"] = Hezbollah, ["hizbollah"] = Hezbollah,
        ["jordan"] = Jordan, ["jordanian military"] = Jordan,
        ["saudi-led coalition"] = SaudiCoalition, ["saudi arabia"] = SaudiCoalition, ["arab coalition"] = SaudiCoalition,
        ["houthis"] = Houthis, ["houthi"] = Houthis, ["ansar allah"] = Houthis,
        ["unknown"] = Unknown,
    };

    // Alliances of the Syrian war, for scoring at a coarser level than the name. Local sources often
    // cannot tell allied air forces apart: Airwars files north-western strikes blamed on "the regime"
    // or "Russia or the regime" under Russian Military, SDF ground raids run jointly with the US-led
    // Coalition, and Turkish-backed SNA factions fight alongside the Turkish army. Two names of one
    // alliance are the same side of the attack, not the same perpetrator: use this only to measure.
    private const string ProGovernment = "pro-government";
    private const string TurkishLed = "Turkey and SNA";
    private const string CoalitionLed = "Coalition and SDF";

    private static readonly Dictionary<string, string> Alliances = new(StringComparer.Ordinal)
    {
        [Russia] = ProGovernment, [SyrianGovernment] = ProGovernment, [Iran] = ProGovernment, [Hezbollah] = ProGovernment,
        [Turkey] = TurkishLed, [Sna] = TurkishLed,
        [Coalition] = CoalitionLed, [Sdf] = CoalitionLed,
    };

    /// <summary>
    /// The alliance a perpetrator fought in (see the table above); a name outside every alliance
    /// (Israel, IS, HTS, Jordan) is its own. Null for <see cref="Unknown"/>.
    /// </summary>
    public static string? Alliance(string label)
    {
        var name = Canonical(label);
        return name == Unknown ? null : Alliances.GetValueOrDefault(name, name);
    }

    /// <summary>The canonical name for a label; unknown labels are returned trimmed.</summary>
    public static string Canonical(string label)
    {
        var trimmed = label.Trim();
        return Aliases.TryGetValue(trimmed, out var name) ? name : trimmed;
    }

    /// <summary>Every canonical name in a comma-separated list of labels ("Russian Military, Iranian Military").</summary>
    public static IReadOnlyList<string> CanonicalList(string labels) =>
        labels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Canonical).Distinct().ToList();
}
