namespace Corroboration.Core.Synthetic;

/// <summary>How the accused parties' spokesmen are named in denials, in English and Arabic.</summary>
internal static class Spokesmen
{
    /// <summary>The speaking body and how it refers to its own forces.</summary>
    public static (string Body, string Forces) English(string source) => source switch
    {
        "Russian Ministry of Defence" => ("Russia's Defence Ministry", "its aircraft"),
        "SANA" => ("A Syrian military source quoted by state media", "the army"),
        "Turkish Ministry of National Defence" => ("Turkey's Defence Ministry", "Turkish forces"),
        "SDF Media Center" => ("The Syrian Democratic Forces", "its fighters"),
        "US Central Command" => ("US Central Command", "US forces"),
        "Saudi Press Agency" => ("The Saudi-led coalition", "its jets"),
        _ => ("The Houthis' Al-Masirah TV", "Houthi forces"),
    };

    /// <summary>The speaking body in Arabic and whether it takes a feminine verb (نفت rather than نفى).</summary>
    public static (string Body, bool Feminine) Arabic(string source) => source switch
    {
        "Russian Ministry of Defence" => ("وزارة الدفاع الروسية", true),
        "SANA" => ("مصدر عسكري سوري", false),
        "Turkish Ministry of National Defence" => ("وزارة الدفاع التركية", true),
        "SDF Media Center" => ("قوات سوريا الديمقراطية", true),
        "US Central Command" => ("القيادة المركزية الأمريكية", true),
        "Saudi Press Agency" => ("التحالف بقيادة السعودية", false),
        _ => ("جماعة الحوثي", true),
    };
}
