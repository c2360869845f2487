using System.Threading.RateLimiting;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>
/// A fixed window of calls per client: the token's subject when there is one, else the remote
/// address. Health checks are exempt, so a busy client behind the prober's address cannot make a
/// service look dead. Over the limit a call fails with RESOURCE_EXHAUSTED.
/// </summary>
public static class ClientRateLimit
{
    public static void Configure(RateLimiterOptions options, LimitOptions limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
        options.OnRejected = (rejected, _) => new ValueTask(GrpcStatusResponse.WriteAsync(rejected.HttpContext, StatusCode.ResourceExhausted,
            $"rate limit: at most {limits.RequestsPerWindow} calls per {limits.WindowSeconds} s per client"));
    }

    private static RateLimitPartition<string> Partition(HttpContext context, LimitOptions limits)
    {
        if (limits.RequestsPerWindow <= 0 || context.Request.Path.StartsWithSegments("/grpc.health.v1.Health"))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var client = context.User.Identity?.Name is { } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.RequestsPerWindow,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
