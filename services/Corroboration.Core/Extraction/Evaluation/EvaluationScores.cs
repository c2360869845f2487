namespace Corroboration.Core.Extraction.Evaluation;

/// <summary>
/// Shares of labelled reports whose main claim got the date, place and perpetrator right.
/// <see cref="PerpetratorAirwars"/> also accepts "Syrian government" for Airwars' "Russian Military",
/// since Airwars files attacks locally blamed on "Russia or the regime" under Russia.
/// <see cref="PerpetratorAlliance"/> accepts any perpetrator of the same alliance as a gold
/// belligerent (<see cref="PerpetratorNames.Alliance"/>): it measures whether the right side was named.
/// <see cref="PlaceExact"/> is stricter than <see cref="Place"/>: within 10 km of a gold place the
/// gazetteer knows, the governorate alone not counting (of <see cref="PlaceResolved"/> reports).
/// </summary>
public sealed record EvaluationScores(
    int Reports,
    double Date,
    double Place,
    double Perpetrator,
    double PerpetratorAirwars,
    double PerpetratorAlliance,
    int DateLabelled,
    int PlaceLabelled,
    int PerpetratorLabelled,
    double PlaceExact = 0,
    int PlaceResolved = 0);
