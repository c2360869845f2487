using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>
/// Answers a call that middleware stops before it reaches gRPC with a proper gRPC status (a
/// trailers-only response), so clients see UNAUTHENTICATED or RESOURCE_EXHAUSTED with a message
/// instead of a bare HTTP status.
/// </summary>
public static class GrpcStatusResponse
{
    public static Task WriteAsync(HttpContext context, StatusCode code, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
