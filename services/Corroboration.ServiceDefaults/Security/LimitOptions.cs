namespace Corroboration.ServiceDefaults.Security;

/// <summary>What one client may send (configuration section <c>Limits</c>).</summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest gRPC message accepted; a report's text is at most 1 MiB, so 4 MiB leaves room for the rest.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Calls one client (token subject, else remote address) may start per window; 0 turns the limit off.</summary>
    public int RequestsPerWindow { get; set; } = 200;

    public int WindowSeconds { get; set; } = 1;
}
