using System.Text;

namespace Corroboration.Core.Text;

/// <summary>
/// The UTF-8 of words joined by single spaces, byte for byte what <see cref="Encoding.UTF8"/>
/// gives for <c>string.Join(' ', words)</c>, written without making that string: a report's
/// digest and its word n-grams are hashed from these bytes. (A space between two words keeps any
/// unpaired surrogate at a word's edge unpaired, so encoding word by word gives the same bytes.)
/// </summary>
public static class JoinedUtf8
{
    public static int MaxByteCount(ReadOnlySpan<string> words)
    {
        var count = Math.Max(words.Length - 1, 0);
        foreach (var word in words)
        {
            count += Encoding.UTF8.GetMaxByteCount(word.Length);
        }
        return count;
    }

    /// <summary>Writes the bytes into <paramref name="into"/>, at least <see cref="MaxByteCount"/> long; returns how many.</summary>
    public static int Write(ReadOnlySpan<string> words, Span<byte> into)
    {
        var length = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                into[length++] = (byte)' ';
            }
            length += Encoding.UTF8.GetBytes(words[i], into[length..]);
        }
        return length;
    }
}
