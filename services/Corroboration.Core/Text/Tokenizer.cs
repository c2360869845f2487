namespace Corroboration.Core.Text;

/// <summary>Splits normalized text into word tokens (letters and digits, any script).</summary>
public static class Tokenizer
{
    public static IEnumerable<string> Words(string normalized)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || normalized[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = normalized[start..i].Trim('\'');
                if (word.Length > 0)
                {
                    yield return word;
                }
                start = -1;
            }
        }
    }

    /// <summary>Normalizes then tokenizes.</summary>
    public static IEnumerable<string> NormalizedWords(string text) => Words(TextNormalizer.Normalize(text));
}
