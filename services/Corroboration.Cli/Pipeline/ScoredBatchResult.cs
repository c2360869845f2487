using Corroboration.Contracts;

namespace Corroboration.Cli.Pipeline;

/// <summary>A measuring run: what the batch did, the incidents it wrote, and how long it took.</summary>
public sealed record ScoredBatchResult(BatchOutcome Outcome, IReadOnlyList<IncidentPayload> Incidents, double Seconds);
