namespace Corroboration.Core.Extraction;

/// <summary>
/// The literal texts that every match of a regular expression alternation starts with: for each
/// top-level alternative, its leading literal characters after zero-width assertions
/// (<c>\b</c>, look-arounds), with a leading group expanded into its alternatives (and, when the
/// group is optional, the rest alone). Reading stops at the first class, escape class or group;
/// a character made optional by <c>?</c>, <c>*</c> or <c>{</c> is left out. A pattern with an
/// alternative that starts with no literal is refused, since no prefilter could then be complete.
/// </summary>
public static class LiteralStarts
{
    private const string Quantifiers = "?*+{";

    public static IReadOnlyList<string> Of(string pattern)
    {
        var starts = new List<string>();
        foreach (var alternative in Alternatives(pattern))
        {
            if (!TryAdd(alternative, starts))
            {
                throw Refused(alternative);
            }
        }
        return starts.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds the alternative's starts; false when some way through it starts with no literal.</summary>
    private static bool TryAdd(string alternative, List<string> starts)
    {
        var rest = WithoutLeadingAssertions(alternative);
        if (GroupContentStart(rest) is int open)
        {
            var close = ClosingParen(rest);
            var inner = rest[open..close];
            var after = rest[(close + 1)..];
            var optional = after.Length > 0 && after[0] is '?' or '*';
            if (optional)
            {
                after = after[1..];
                if (!TryAdd(after, starts))
                {
                    return false;
                }
            }
            else if (after.Length > 0 && after[0] is '+' or '{')
            {
                return false;
            }
            return Alternatives(inner).All(option => TryAdd(option + after, starts));
        }
        var (literal, end) = Literal(rest);
        if (literal.Length == 0)
        {
            return false;
        }
        // Read on into a group that follows ("و(?<c>سوريا|العراق)" starts "وسوريا" or "والعراق"):
        // a one-letter start would have the scan try the alternation at nearly every word. When
        // the group has no literal start, the literal read so far is start enough.
        var following = new List<string>();
        if (end < rest.Length && GroupContentStart(rest[end..]) is not null && TryAdd(rest[end..], following))
        {
            starts.AddRange(following.Select(start => literal + start));
        }
        else
        {
            starts.Add(literal);
        }
        return true;
    }

    /// <summary>Where the content of a leading group starts: "(?:", "(?&lt;name&gt;" or "(".</summary>
    private static int? GroupContentStart(string text)
    {
        if (text.StartsWith("(?:", StringComparison.Ordinal))
        {
            return 3;
        }
        if (text.StartsWith("(?<", StringComparison.Ordinal) && text.Length > 3 && char.IsLetter(text[3]))
        {
            return text.IndexOf('>') + 1;
        }
        return text.StartsWith('(') && !text.StartsWith("(?", StringComparison.Ordinal) ? 1 : null;
    }

    /// <summary>The leading literal characters, and where the text goes on after them when nothing but a group's opening stopped the reading (else the text's length).</summary>
    private static (string Literal, int End) Literal(string text)
    {
        var chars = new List<char>();
        var end = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            char c;
            var next = i + 1;
            if (text[i] == '\\')
            {
                if (i + 1 >= text.Length || char.IsLetterOrDigit(text[i + 1]))
                {
                    break; // \b, \s, \p{L}, \d: not a literal character.
                }
                c = text[i + 1];
                next = i + 2;
            }
            else if ("()[].^$|".Contains(text[i]))
            {
                end = text[i] == '(' ? i : text.Length;
                break;
            }
            else
            {
                c = text[i];
            }
            if (next < text.Length && Quantifiers.Contains(text[next]))
            {
                if (text[next] == '+')
                {
                    chars.Add(c);
                }
                break;
            }
            chars.Add(c);
            i = next - 1;
        }
        return (new string(chars.ToArray()), end);
    }

    private static string WithoutLeadingAssertions(string alternative)
    {
        var rest = alternative;
        while (true)
        {
            if (rest.StartsWith(@"\b", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }
            else if (rest.StartsWith("(?<!", StringComparison.Ordinal) || rest.StartsWith("(?<=", StringComparison.Ordinal)
                || rest.StartsWith("(?!", StringComparison.Ordinal) || rest.StartsWith("(?=", StringComparison.Ordinal))
            {
                rest = rest[(ClosingParen(rest) + 1)..];
            }
            else
            {
                return rest;
            }
        }
    }

    /// <summary>The top-level alternatives of a pattern (outside groups and classes).</summary>
    private static List<string> Alternatives(string pattern)
    {
        var parts = new List<string>();
        var from = 0;
        foreach (var (i, depth) in Syntax(pattern))
        {
            if (depth == 0 && pattern[i] == '|')
            {
                parts.Add(pattern[from..i]);
                from = i + 1;
            }
        }
        parts.Add(pattern[from..]);
        return parts;
    }

    /// <summary>Where the group that opens the text closes.</summary>
    private static int ClosingParen(string text)
    {
        foreach (var (i, depth) in Syntax(text))
        {
            if (depth == 1 && text[i] == ')')
            {
                return i;
            }
        }
        throw new ArgumentException($"Unbalanced group in '{text}'.");
    }

    /// <summary>Each unescaped character outside character classes, with the group depth before it.</summary>
    private static IEnumerable<(int Index, int Depth)> Syntax(string text)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else
            {
                yield return (i, depth);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
    }

    private static ArgumentException Refused(string alternative) =>
        new($"The alternative '{alternative}' does not start with literal text, so a literal prefilter would miss its matches.");
}
