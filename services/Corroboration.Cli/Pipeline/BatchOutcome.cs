namespace Corroboration.Cli.Pipeline;

/// <summary>
/// What a batch run did: reports taken in, lines rejected (unreadable or invalid), incidents
/// written per grade, and bus messages that failed after retries.
/// </summary>
public sealed record BatchOutcome(int Reports, int Rejected, IReadOnlyDictionary<string, int> Grades, long Faults)
{
    public int Incidents => Grades.Values.Sum();
}
