using System.Collections.Concurrent;
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

    // Scoring asks for the keys of the same few thousand names over and over (each member of each
    // incident, at every round of reliability learning), so each name is normalized once; bounded,
    // so that a flood of new names cannot grow it without end.
    private const int MaxRemembered = 100_000;
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);
    private static int _remembered;

    public static string Key(string name)
    {
        if (Remembered.TryGetValue(name, out var key))
        {
            return key;
        }
        var normalized = string.Join(' ', Tokenizer.NormalizedWords(name));
        key = Acronyms.GetValueOrDefault(normalized, normalized);
        if (Volatile.Read(ref _remembered) < MaxRemembered && Remembered.TryAdd(name, key))
        {
            Interlocked.Increment(ref _remembered);
        }
        return key;
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
        return x == y || ContainsWords(x, y) || ContainsWords(y, x);
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> between spaces or its ends (keys are words joined by one space).</summary>
    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }
        return false;
    }
}
