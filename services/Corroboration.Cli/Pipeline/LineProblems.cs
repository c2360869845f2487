using Corroboration.Core.Validation;

namespace Corroboration.Cli.Pipeline;

/// <summary>What a batch tells on stderr, after <c>FILE:LINE: </c>, of a line it skips.</summary>
public static class LineProblems
{
    public static string Unreadable(string error) => $"{error}; line skipped";

    public static string Rejected(string reportId, IEnumerable<FieldViolation> violations) =>
        $"report '{reportId}' rejected: " + string.Join("; ", violations.Select(v => $"{v.Field} {v.Description}"));
}
