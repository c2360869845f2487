using Corroboration.Core.Validation;

namespace Corroboration.Cli.Pipeline;

/// <summary>What a batch tells on stderr, after <c>FILE:LINE: </c>, of a line it skips.</summary>
public static class LineProblems
{
    /// <summary>Writes <c>FILE:LINE: problem</c> on stderr, on a line of its own below the progress line.</summary>
    public static void Tell(ProgressLine progress, string input, int lineNumber, string problem)
    {
        progress.Clear();
        Console.Error.WriteLine($"{input}:{lineNumber}: {problem}");
    }

    public static string Unreadable(string error) => $"{error}; line skipped";

    public static string Rejected(string reportId, IEnumerable<FieldViolation> violations) =>
        $"report '{reportId}' rejected: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}"));
}
