namespace Corroboration.Core.Evaluation;

/// <summary>
/// How well confidence tracks truth over predicted incidents: the expected calibration error,
/// the AUC of confidence for real against hoax incidents, the same AUC for the raw number of
/// reports (the baseline a score must beat), and the reliability table behind the error.
/// </summary>
public sealed record CalibrationEvaluation(
    int Incidents,
    int Real,
    int Hoax,
    double ExpectedCalibrationError,
    double ConfidenceAuc,
    double ReportCountAuc,
    IReadOnlyList<CalibrationBin> Bins);
