using System.Globalization;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// The truth about one generated report, a line of the gold TSV (tab-separated, no header):
/// report id, incident id (the shared gold layout's two columns), <c>real</c> or <c>hoax</c>,
/// the incident's true date (yyyy-MM-dd), its place (the gazetteer name as reports spell it),
/// the perpetrator (canonical name, <c>Unknown</c> for unclaimed bombs), then its governorate
/// (admin1) and country.
/// </summary>
public sealed record SyntheticGold(
    string ReportId,
    string IncidentId,
    bool IsHoax,
    DateOnly Date,
    string Place,
    string Perpetrator,
    string Admin1,
    string Country)
{
    public string ToTsv() => string.Join('\t',
        ReportId, IncidentId, IsHoax ? "hoax" : "real", Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Place, Perpetrator, Admin1, Country);
}
