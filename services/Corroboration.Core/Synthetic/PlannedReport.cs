namespace Corroboration.Core.Synthetic;

/// <summary>
/// One report in an incident's coverage before it is written: role, source, language, when it
/// is published (and whether publishedAt or the url will say so), the report it derives from
/// (index in the coverage) and the figures it gives.
/// </summary>
internal sealed record PlannedReport(
    ReportRole Role,
    Source Source,
    string Language,
    DateOnly Published,
    bool PublishedKnown,
    bool UrlDated,
    int? Parent,
    Source? Cited,
    int Killed,
    int Injured)
{
    public bool AnchorKnown => PublishedKnown || UrlDated;
}
