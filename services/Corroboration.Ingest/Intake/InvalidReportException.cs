using Corroboration.Core.Validation;

namespace Corroboration.Ingest.Intake;

/// <summary>A bus command carried a report that fails validation: retrying cannot help.</summary>
public sealed class InvalidReportException(string reportId, IReadOnlyList<FieldViolation> violations)
    : Exception($"report '{reportId}' is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
