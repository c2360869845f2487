namespace Corroboration.ServiceDefaults.Security;

/// <summary>The roles a token's <c>role</c> claims grant; every gRPC method requires exactly one.</summary>
public static class Role
{
    /// <summary>Submits reports.</summary>
    public const string Ingest = "ingest";

    /// <summary>Changes what the suite concluded: merge, split, move, constraints, verdicts, source reliability.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads, lists and watches.</summary>
    public const string Reader = "reader";

    public static readonly IReadOnlyList<string> All = [Ingest, Analyst, Reader];
}
