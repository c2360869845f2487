using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>
/// Open mode (loopback only): every caller holds every role, so the per-method requirements stay
/// in place and the same pipeline runs. The caller has no name, so analysts name themselves.
/// </summary>
public sealed class OpenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Open";

    private static readonly ClaimsPrincipal Everyone = new(new ClaimsIdentity(
        Role.All.Select(role => new Claim(TokenClaims.Role, role)), SchemeName, TokenClaims.Subject, TokenClaims.Role));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Everyone, SchemeName)));
}
