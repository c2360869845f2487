namespace Corroboration.Core.Extraction.Evaluation;

/// <summary>
/// Shares of labelled reports whose main claim got the date, place and perpetrator right.
/// <see cref="PerpetratorAirwars"/> also accepts "Syrian government" for Airwars' "Russian Military",
/// since Airwars files attacks locally blamed on "Russia or the regime" under Russia.
/// <see cref="PerpetratorAlliance"/> accepts any perpetrator of the same alliance as a gold
/// belligerent (<see cref="PerpetratorNames.Alliance"/>): it measures whether the right side was named.
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
    int PerpetratorLabelled);
