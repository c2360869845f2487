namespace Corroboration.Core.Matching;

/// <summary>
/// Where a claim goes: into <see cref="IncidentId"/> (null = a new incident), absorbing the
/// incidents in <see cref="Absorbed"/> that the claim bridges.
/// </summary>
public sealed record Assignment(string? IncidentId, IReadOnlyList<string> Absorbed, MatchDecision? Decision);
