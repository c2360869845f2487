using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Corroboration.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// JWT bearer authentication (or Open mode on loopback), per-method roles with every other
    /// endpoint requiring a caller, and the per-client rate limit. Fails at once, with what to
    /// set, when <c>Auth</c> is missing or contradictory.
    /// </summary>
    public static WebApplicationBuilder AddCorroborationSecurity(this WebApplicationBuilder builder, LimitOptions limits)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.Problem() is { } problem)
        {
            throw new InvalidOperationException("refusing to start: " + problem);
        }
        var services = builder.Services;
        if (auth.Open)
        {
            services.AddAuthentication(OpenAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, OpenAuthenticationHandler>(OpenAuthenticationHandler.SchemeName, null);
            services.AddHostedService<OpenModeGuard>();
        }
        else
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(bearer => ConfigureBearer(bearer, auth));
        }
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        services.AddRateLimiter(options => ClientRateLimit.Configure(options, limits));
        return builder;
    }

    /// <summary>Authentication first, so the rate limit can tell clients apart by token; then the role checks.</summary>
    public static WebApplication UseCorroborationSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    private static void ConfigureBearer(JwtBearerOptions bearer, AuthOptions auth)
    {
        bearer.MapInboundClaims = false; // keep "sub" and "role" as they are in the token
        var validation = bearer.TokenValidationParameters;
        validation.NameClaimType = TokenClaims.Subject;
        validation.RoleClaimType = TokenClaims.Role;
        validation.ValidAudience = auth.Audience;
        validation.ClockSkew = TimeSpan.FromSeconds(30);
        if (!string.IsNullOrEmpty(auth.Authority))
        {
            bearer.Authority = auth.Authority; // issuer and signing keys come from its discovery document
            return;
        }
        validation.ValidIssuer = auth.Issuer;
        validation.IssuerSigningKey = TokenMinter.SigningKeyOf(auth.SigningKey!);
        validation.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }
}
