namespace Corroboration.Core.Interchange;

/// <summary>One line of a JSONL file: either a value or the reason it could not be read.</summary>
public sealed record JsonlLine<T>(int LineNumber, T? Value, string? Error)
    where T : class;
