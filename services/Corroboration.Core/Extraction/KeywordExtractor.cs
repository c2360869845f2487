using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>Lists the weapons, targets and kinds of evidence a span of folded text mentions, in lexicon order.</summary>
public static class KeywordExtractor
{
    private static readonly Dictionary<string, Regex> Compiled = new();
    private static readonly Lock Gate = new();

    public static IReadOnlyList<string> Weapons(string folded) => Find(folded, KeywordLexicon.Weapons);

    public static IReadOnlyList<string> Targets(string folded) => Find(folded, KeywordLexicon.Targets);

    public static IReadOnlyList<string> Evidence(string folded) => Find(folded, KeywordLexicon.Evidence);

    private static List<string> Find(string folded, IReadOnlyList<(string Term, string Pattern)> lexicon)
    {
        var found = new List<string>();
        foreach (var (term, pattern) in lexicon)
        {
            if (RegexFor(pattern).IsMatch(folded))
            {
                found.Add(term);
            }
        }
        return found;
    }

    private static Regex RegexFor(string pattern)
    {
        lock (Gate)
        {
            if (!Compiled.TryGetValue(pattern, out var regex))
            {
                Compiled[pattern] = regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
            }
            return regex;
        }
    }
}
