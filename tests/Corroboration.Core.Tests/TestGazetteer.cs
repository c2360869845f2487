using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

/// <summary>A tiny hand-written gazetteer so tests do not depend on the bundled data.</summary>
internal static class TestGazetteer
{
    private const string Tsv =
        "name\talt_names\tlat\tlon\tcountry\tadmin1\tkind\timportance\n" +
        "Idlib\tإدلب|ادلب|Idleb|Edlib\t35.83\t36.63\tSY\tIdlib\tgovernorate\t0\n" +
        "Idlib City\tمدينة إدلب\t35.93\t36.63\tSY\tIdlib\tcity\t30\n" +
        "Aleppo\tحلب\t36.20\t37.15\tSY\tAleppo\tgovernorate\t0\n" +
        "Al Hasakah\tالحسكة|Hasakah\t36.50\t40.75\tSY\tAl Hasakah\tgovernorate\t0\n" +
        "Qamishli\tالقامشلي|قامشلي\t37.05\t41.22\tSY\tAl Hasakah\tcity\t40\n" +
        "Al Raqqa City\tالرقة\t35.95\t39.01\tSY\tRaqqa\tcity\t190\n" +
        "Raqqa\tRaqqah\t35.95\t39.01\tSY\tRaqqa\tgovernorate\t0\n" +
        "Ariha\tأريحا\t35.81\t36.61\tSY\tIdlib\ttown\t20\n" +
        "Al Bara\tالبارة\t35.68\t36.54\tSY\tIdlib\tvillage\t12\n" +
        "Jisr al-Shughur\tجسر الشغور\t35.81\t36.32\tSY\tIdlib\ttown\t25\n" +
        "Khan Sheikhoun\tخان شيخون\t35.44\t36.65\tSY\tIdlib\ttown\t66\n" +
        "Al Rihaniya\tالريحانية\t36.27\t36.57\tSY\tIdlib\tcity\t7\n" +
        "Jericho\tأريحا|Jerico\t31.87\t35.45\tPS\tWest Bank\tcity\t19783\n" +
        "Mosul\tالموصل|Al Mawsil\t36.34\t43.12\tIQ\tNineveh\tcity\t1739800\n" +
        "Nineveh\tنينوى|ninawa\t36.34\t43.12\tIQ\tNineveh\tgovernorate\t0\n" +
        "Ta‘izz\tتعز|Taiz\t13.58\t44.02\tYE\tTaiz\tcity\t615222\n" +
        "Al Bayda\tالبيضاء\t32.76\t21.76\tLY\tAl Jabal al Akhdar\tcity\t74594\n";

    public static Gazetteer Instance { get; } = Gazetteer.Load(new StringReader(Tsv));
}
