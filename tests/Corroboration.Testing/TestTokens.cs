using Corroboration.ServiceDefaults.Security;

namespace Corroboration.Testing;

/// <summary>The signing key test services are configured with (a test fixture, never deployed) and tokens signed by it.</summary>
public static class TestTokens
{
    public const string SigningKey = "corroboration-tests-only-signing-key-0123456789";

    /// <summary>The subject of calls that name no analyst.</summary>
    public const string DefaultSubject = "test-client";

    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/> (every role when none are given), valid for an hour.</summary>
    public static string For(string subject = DefaultSubject, params string[] roles) =>
        TokenMinter.Mint(SigningKey, subject, roles.Length == 0 ? Role.All : roles, TimeSpan.FromHours(1));
}
