namespace Corroboration.Core.Extraction.Evaluation;

/// <summary>One labelled report: the incident's date (yyyy-MM-dd), place as written, governorate and belligerent(s).</summary>
public sealed record GoldRow(string ReportId, string? Date, string? Place, string? Governorate, string? Belligerent)
{
    /// <summary>
    /// Parses a line of the Airwars gold TSV: report id, incident id, grade, belligerent, date,
    /// place, governorate. Returns null for lines without those columns.
    /// </summary>
    public static GoldRow? FromAirwarsTsv(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 7)
        {
            return null;
        }
        static string? Value(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        return new GoldRow(f[0], Value(f[4]), Value(f[5]), Value(f[6]), Value(f[3]));
    }
}
