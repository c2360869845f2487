using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>Lists the weapons, targets and kinds of evidence a span of folded text mentions, in lexicon order.</summary>
public static class KeywordExtractor
{
    // Compiled once, in lexicon order.
    private static readonly Regex[] WeaponCues = Compile(KeywordLexicon.Weapons);
    private static readonly Regex[] TargetCues = Compile(KeywordLexicon.Targets);
    private static readonly Regex[] EvidenceCues = Compile(KeywordLexicon.Evidence);

    public static IReadOnlyList<string> Weapons(string folded) => Find(folded, KeywordLexicon.Weapons, WeaponCues);

    public static IReadOnlyList<string> Targets(string folded) => Find(folded, KeywordLexicon.Targets, TargetCues);

    public static IReadOnlyList<string> Evidence(string folded) => Find(folded, KeywordLexicon.Evidence, EvidenceCues);

    private static List<string> Find(string folded, IReadOnlyList<(string Term, string Pattern)> lexicon, Regex[] cues)
    {
        var found = new List<string>();
        for (var i = 0; i < cues.Length; i++)
        {
            if (cues[i].IsMatch(folded))
            {
                found.Add(lexicon[i].Term);
            }
        }
        return found;
    }

    private static Regex[] Compile(IReadOnlyList<(string Term, string Pattern)> lexicon) =>
        lexicon.Select(entry => new Regex(entry.Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToArray();
}
