using System.Text;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>How callers authenticate (configuration section <c>Auth</c>): exactly one of a signing key, an authority or Open.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HS256 requires a key of at least 256 bits.</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>Symmetric HS256 key of locally minted tokens (<c>corro token</c>).</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect issuer whose published keys sign the tokens.</summary>
    public string? Authority { get; set; }

    public string Issuer { get; set; } = "corroboration";

    public string Audience { get; set; } = "corroboration";

    /// <summary>No authentication at all; allowed on loopback only.</summary>
    public bool Open { get; set; }

    /// <summary>Why the service must not start with these settings, or null when they are usable.</summary>
    public string? Problem()
    {
        var hasKey = !string.IsNullOrEmpty(SigningKey);
        var hasAuthority = !string.IsNullOrEmpty(Authority);
        if (Open && (hasKey || hasAuthority))
        {
            return "Auth:Open=true conflicts with Auth:SigningKey / Auth:Authority; set Auth:Open=false to require tokens.";
        }
        if (hasKey && hasAuthority)
        {
            return "set either Auth:SigningKey or Auth:Authority, not both.";
        }
        if (!Open && !hasKey && !hasAuthority)
        {
            return "authentication is not configured: set Auth:SigningKey (at least 32 bytes, e.g. environment variable Auth__SigningKey), "
                + "or Auth:Authority for an OpenID Connect issuer, or Auth:Open=true to run without authentication on loopback only.";
        }
        if (hasKey && Encoding.UTF8.GetByteCount(SigningKey!) < MinSigningKeyBytes)
        {
            return $"Auth:SigningKey must be at least {MinSigningKeyBytes} bytes.";
        }
        return null;
    }
}
