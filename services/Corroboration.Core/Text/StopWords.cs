namespace Corroboration.Core.Text;

/// <summary>Function words of English and Arabic (normalized forms) that say nothing about an incident.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "his", "her", "their", "them", "we", "our", "you", "i",
        "not", "no", "but", "if", "than", "then", "also", "which", "who", "whom", "what", "when",
        "where", "will", "would", "can", "could", "said", "says", "say", "after", "before", "about",
        "into", "over", "more", "most", "other", "some", "such", "there", "up", "out", "one", "two",
        "all", "any", "so", "do", "did", "does", "just", "new", "s", "t", "mr", "mrs", "according",
        // Arabic (after TextNormalizer: ة→ه, ى→ي, أإآ→ا)
        "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "ما", "لم", "لن", "هذا",
        "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "بعد", "قبل", "عند", "حيث",
        "بين", "كما", "وقد", "وفي", "ومن", "الا", "اي", "كل", "هو", "هي", "هم", "انه", "انها", "به",
        "بها", "له", "لها", "فيه", "فيها", "منذ", "حتي", "خلال", "اليوم", "وذلك", "والتي", "ضمن",
        "وهو", "وهي", "لقد", "تم", "يتم", "عليه", "عليها", "اثر", "جراء",
    };

    public static bool Contains(string normalizedWord) => Words.Contains(normalizedWord);
}
