namespace Corroboration.Core.Synthetic;

/// <summary>
/// A party that carries out attacks: its canonical name (the gold label), how English and
/// Arabic reports name it, the weapons it uses, the governorates it is active in (weights) and
/// the source that speaks for it when it denies (null: it does not comment).
/// Arabic <see cref="ArabicOf"/> follows an attack noun ("قصف مدفعي لقوات النظام");
/// <see cref="ArabicAgents"/> are subjects, flagged feminine for verb agreement.
/// </summary>
internal sealed record Perpetrator(
    string Name,
    IReadOnlyList<string> EnglishAdjectives,
    IReadOnlyList<string> EnglishAgents,
    IReadOnlyList<string> ArabicOf,
    IReadOnlyList<(string Text, bool Feminine)> ArabicAgents,
    IReadOnlyList<(string Weapon, double Weight)> Weapons,
    IReadOnlyDictionary<string, double> Regions,
    string? Denier);
