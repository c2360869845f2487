using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>A call without a valid token gets UNAUTHENTICATED, one whose token lacks the method's role PERMISSION_DENIED.</summary>
public sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return GrpcStatusResponse.WriteAsync(context, StatusCode.Unauthenticated, "a valid bearer token is required");
        }
        if (authorizeResult.Forbidden)
        {
            var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles);
            return GrpcStatusResponse.WriteAsync(context, StatusCode.PermissionDenied, $"this method requires the role {string.Join(" or ", roles)}");
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
