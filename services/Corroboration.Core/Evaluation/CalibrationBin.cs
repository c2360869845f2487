namespace Corroboration.Core.Evaluation;

/// <summary>
/// One row of a reliability table: the incidents whose confidence fell in [<see cref="From"/>,
/// <see cref="To"/>), their mean confidence and the share of them that were real.
/// </summary>
public sealed record CalibrationBin(double From, double To, int Count, double MeanConfidence, double Observed);
