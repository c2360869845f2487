using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>Signs HS256 tokens that services configured with the same <c>Auth:SigningKey</c> accept (<c>corro token</c>, tests).</summary>
public static class TokenMinter
{
    public static string Mint(string signingKey, string subject, IEnumerable<string> roles, TimeSpan lifetime, string issuer = "corroboration", string audience = "corroboration")
    {
        var now = DateTime.UtcNow;
        return Mint(signingKey, subject, roles, now, now + lifetime, issuer, audience);
    }

    /// <summary>A token valid from <paramref name="notBefore"/> to <paramref name="expires"/> (tests mint expired ones).</summary>
    public static string Mint(string signingKey, string subject, IEnumerable<string> roles, DateTime notBefore, DateTime expires, string issuer = "corroboration", string audience = "corroboration")
    {
        var claims = new List<Claim> { new(TokenClaims.Subject, subject) };
        claims.AddRange(roles.Select(role => new Claim(TokenClaims.Role, role)));
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SigningKeyOf(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey SigningKeyOf(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));
}
