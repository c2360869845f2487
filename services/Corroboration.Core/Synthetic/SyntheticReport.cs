using Corroboration.Contracts;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// A generated report with its truth and how it was made: its role in the incident's coverage,
/// the report it copies or translates (<see cref="CopyOf"/>), the text template, its language,
/// and whether its text states the incident's absolute date (with the year) and its place.
/// </summary>
public sealed record SyntheticReport(
    ReportPayload Report,
    SyntheticGold Gold,
    ReportRole Role,
    string? CopyOf,
    string Template,
    string Language,
    bool StatesDate,
    bool StatesPlace);
