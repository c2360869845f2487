using Corroboration.Core.Validation;

namespace Corroboration.Ingest.Intake;

/// <summary>What happened to one submitted report.</summary>
public sealed record IntakeResult(string Id, IntakeOutcome Outcome, long Version, int ClaimCount, IReadOnlyList<FieldViolation> Violations);
