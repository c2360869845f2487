using Corroboration.Core.Text;

namespace Corroboration.Core.Scoring;

/// <summary>Compares source and organisation names loosely: "HRW" and "Human Rights Watch" are one.</summary>
public static class SourceNames
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["hrw"] = "human rights watch",
        ["ai"] = "amnesty international",
        ["amnesty"] = "amnesty international",
        ["sohr"] = "syrian observatory for human rights",
        ["snhr"] = "syrian network for human rights",
        ["un"] = "united nations",
        ["ocha"] = "united nations",
    };

    public static string Key(string name)
    {
        var normalized = string.Join(' ', Tokenizer.NormalizedWords(name));
        return Acronyms.GetValueOrDefault(normalized, normalized);
    }

    public static bool IsUnknown(string name) => IsUnknownKey(Key(name));

    /// <summary><see cref="IsUnknown"/> of a name already made a <see cref="Key"/>.</summary>
    public static bool IsUnknownKey(string key) => key is "" or "unknown";

    /// <summary>True when one name is the other or contains it as whole words.</summary>
    public static bool Same(string a, string b) => SameKeys(Key(a), Key(b));

    /// <summary><see cref="Same"/> of names already made <see cref="Key"/>s (for comparing one name with many).</summary>
    public static bool SameKeys(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        return x == y || $" {x} ".Contains($" {y} ", StringComparison.Ordinal) || $" {y} ".Contains($" {x} ", StringComparison.Ordinal);
    }
}
