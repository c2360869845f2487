using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Corroboration.Core.Matching;

/// <summary>
/// A term vector's words and weights as two arrays in the vector's order: a report holds one, so
/// a million reports hold a million, and two arrays take half the memory of a hash table.
/// Looking a term up scans, which is fast enough for eighty terms and is done only by the plain
/// cosine; the matcher compares vectors by number (<see cref="TermIds"/>).
/// </summary>
public sealed class TermWeights : IReadOnlyDictionary<string, double>
{
    public static TermWeights Empty { get; } = new([], []);

    internal TermWeights(string[] terms, double[] weights)
    {
        Words = terms;
        Weights = weights;
    }

    internal string[] Words { get; }

    internal double[] Weights { get; }

    public int Count => Words.Length;

    public double this[string key] => TryGetValue(key, out var weight) ? weight : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => Words;

    public IEnumerable<double> Values => Weights;

    public bool ContainsKey(string key) => Array.IndexOf(Words, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        var i = Array.IndexOf(Words, key);
        value = i >= 0 ? Weights[i] : 0;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < Words.Length; i++)
        {
            yield return KeyValuePair.Create(Words[i], Weights[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
