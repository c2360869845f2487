namespace Corroboration.Core.Synthetic;

/// <summary>
/// Everything one report is written from: the incident, who writes, when, in what role, the
/// figures this source gives (they disagree a little between sources) and whom it cites.
/// <see cref="AnchorKnown"/> is false when neither publishedAt nor the url dates the report, so
/// relative dates ("yesterday") cannot be resolved by a reader.
/// </summary>
internal sealed record Story(
    SyntheticIncident Incident,
    Source Source,
    ReportRole Role,
    DateOnly Published,
    bool AnchorKnown,
    int Killed,
    int Injured,
    Source? Cited);
