namespace Corroboration.Core.Synthetic;

/// <summary>
/// A means of attack: the canonical keyword (as in coded claims), English nouns ("airstrike"),
/// Arabic attack nouns ("غارات جوية") and the targets it usually hits (canonical target terms).
/// </summary>
internal sealed record Weapon(
    string Term,
    IReadOnlyList<string> English,
    IReadOnlyList<string> Arabic,
    IReadOnlyList<string> Targets);
