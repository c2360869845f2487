namespace Corroboration.Matching.Consumers;

/// <summary>Some reports of a message could not be linked: names them, with why (the first's failure, or all of them).</summary>
public sealed class ReportsNotLinkedException(int reports, IReadOnlyList<string> failedIds, IReadOnlyList<Exception> failures)
    : Exception($"{failedIds.Count} of the message's {reports} reports could not be linked: {string.Join(", ", failedIds)}",
        failures.Count == 1 ? failures[0] : new AggregateException(failures));
