namespace Corroboration.Core.Validation;

/// <summary>The source types of the interchange format.</summary>
public static class SourceTypes
{
    public const string Unknown = "unknown";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ngo", "un", "media", "wire", "local_monitor", "social", "government", "party", Unknown,
    };

    /// <summary>The stored form: lower case, <c>unknown</c> when missing.</summary>
    public static string Normalize(string? sourceType) =>
        string.IsNullOrWhiteSpace(sourceType) ? Unknown : sourceType.Trim().ToLowerInvariant();
}
