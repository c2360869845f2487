namespace Corroboration.Core.Evaluation;

/// <summary>
/// Gold for calibration: each report's gold incident and whether that incident happened, from a
/// synthetic gold TSV (report id, incident, <c>real</c> or <c>hoax</c>, …). Lines without the
/// third column give no truth and are left out.
/// </summary>
public sealed class VeracityGold
{
    private readonly Dictionary<string, string> incidentOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> isReal = new(StringComparer.Ordinal);

    /// <exception cref="FormatException">A line has no tab, or a third column other than real or hoax.</exception>
    public static VeracityGold Read(IEnumerable<string> lines)
    {
        var gold = new VeracityGold();
        foreach (var (number, fields) in GoldTsv.Rows(lines))
        {
            if (fields.Length < 3 || fields[2].Length == 0)
            {
                continue;
            }
            gold.isReal[fields[1]] = fields[2] switch
            {
                "real" => true,
                "hoax" => false,
                _ => throw new FormatException($"line {number}: third column must be real or hoax, not '{fields[2]}'"),
            };
            gold.incidentOf[fields[0]] = fields[1];
        }
        return gold;
    }

    public int Reports => incidentOf.Count;

    /// <summary>
    /// Whether a predicted incident is real: the gold incident most of its reports belong to (of
    /// equals, the first in ordinal order) decides. Null when none of its reports has gold.
    /// </summary>
    public bool? Truth(IEnumerable<string> reportIds)
    {
        var majority = reportIds
            .Select(id => incidentOf.GetValueOrDefault(id))
            .OfType<string>()
            .GroupBy(incident => incident, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return majority is null ? null : isReal[majority.Key];
    }
}
