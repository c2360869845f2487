namespace Corroboration.Core.Synthetic;

/// <summary>What was hit: the canonical target term and English and Arabic phrasings.</summary>
internal sealed record Target(string Term, IReadOnlyList<string> English, IReadOnlyList<string> Arabic);
