namespace Corroboration.Core.Extraction;

/// <summary>FNV-1a over characters, extended one character at a time, so every prefix of a key has its hash on the way.</summary>
internal static class PrefixHash
{
    public const ulong Empty = 14695981039346656037UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * 1099511628211UL;
}
