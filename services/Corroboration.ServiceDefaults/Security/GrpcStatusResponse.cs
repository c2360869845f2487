using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>
/// Answers a call that middleware stops before it reaches gRPC with a proper status: a gRPC call
/// gets a trailers-only response, so clients see UNAUTHENTICATED or RESOURCE_EXHAUSTED with a
/// message instead of a bare HTTP status; an HTTP/JSON (transcoded) call gets the HTTP status and
/// the same <c>google.rpc.Status</c> JSON body that JSON transcoding writes for its own errors.
/// </summary>
public static class GrpcStatusResponse
{
    public static Task WriteAsync(HttpContext context, StatusCode code, string message)
    {
        var response = context.Response;
        if (!IsGrpc(context.Request))
        {
            response.StatusCode = HttpStatusOf(code);
            response.ContentType = "application/json";
            return response.WriteAsync(JsonSerializer.Serialize(new { code = (int)code, message, details = Array.Empty<object>() }));
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    private static int HttpStatusOf(StatusCode code) => code switch
    {
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status500InternalServerError,
    };
}
