using Corroboration.Core.Matching;

namespace Corroboration.Matching.Linking;

/// <summary>The matcher's decision on a claim against an incident; <see cref="IsMember"/>: against the incident's other claims.</summary>
public sealed record MatchExplanation(MatchDecision Decision, bool IsMember);
