namespace Corroboration.Core.Matching;

/// <summary>
/// Where a claim goes: into <see cref="IncidentId"/> (null = a new incident), absorbing the
/// incidents in <see cref="Absorbed"/> that the claim bridges. <see cref="Neighbours"/> are the
/// other candidates it nearly matched, to be weighed again against the grown incident.
/// <see cref="Decision"/> explains the join, when one was asked for.
/// </summary>
public sealed record Assignment(string? IncidentId, IReadOnlyList<string> Absorbed, MatchDecision? Decision, IReadOnlyList<string>? Neighbours = null);
