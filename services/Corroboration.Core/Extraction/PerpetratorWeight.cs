namespace Corroboration.Core.Extraction;

/// <summary>
/// A party a report names, how strongly it blames it (by where and in what role it is named),
/// and whether it is named as a doer or a partner of the attack at least once.
/// </summary>
public sealed record PerpetratorWeight(string Name, double Weight, bool NamedAsDoer);
