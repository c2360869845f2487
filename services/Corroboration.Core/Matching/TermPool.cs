using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Corroboration.Core.Matching;

/// <summary>
/// One string for each term (and each place, source and weapon name a claim keeps), shared by
/// every report's vector or claim that holds it. A corpus repeats
/// its words endlessly: a million reports keep tens of millions of terms but only a vocabulary's
/// worth of distinct ones, so sharing them saves most of what the vectors' strings would take and
/// leaves the collector far fewer objects to trace. Bounded, so a stream of ever-new words cannot
/// grow it without end; past the bound a term simply keeps its own string.
/// </summary>
internal static class TermPool
{
    private const int MaxTerms = 1 << 21;

    private static readonly ConcurrentDictionary<string, string> Terms = new(StringComparer.Ordinal);
    private static int _held;

    [return: NotNullIfNotNull(nameof(term))]
    public static string? Shared(string? term)
    {
        if (term is null)
        {
            return null;
        }
        if (Terms.TryGetValue(term, out var shared))
        {
            return shared;
        }
        if (Volatile.Read(ref _held) >= MaxTerms)
        {
            return term;
        }
        shared = Terms.GetOrAdd(term, term);
        if (ReferenceEquals(shared, term))
        {
            Interlocked.Increment(ref _held);
        }
        return shared;
    }
}
