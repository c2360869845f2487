namespace Corroboration.ServiceDefaults.Security;

/// <summary>The claims this suite reads from a token, by their JWT names.</summary>
public static class TokenClaims
{
    /// <summary>Who calls: what the audit records as the analyst.</summary>
    public const string Subject = "sub";

    /// <summary>One claim per role.</summary>
    public const string Role = "role";
}
