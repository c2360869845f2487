using Corroboration.Contracts;
using Corroboration.Ingest.Data;

namespace Corroboration.Ingest.Intake;

/// <summary>
/// A valid report made ready to store: its row (without a version: the store numbers it) and
/// what it announces once stored. <see cref="ExtractionNote"/> says why extraction found no claims.
/// </summary>
public sealed record PreparedReport(ReportPayload Report, ReportRow Row, string Language, IReadOnlyList<ClaimPayload> Claims, string? ExtractionNote)
{
    public ReportIngested Announcement(long version) => new(
        Report.Id, version, Report.Source, Report.SourceType!, Language, ReportPreparation.PublishedOn(Report), Report.Title, Report.Text, Claims);
}
