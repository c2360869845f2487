using System.Net.Sockets;
using Grpc.Core;

namespace Corroboration.Cli.Remote;

/// <summary>Which failed calls are worth repeating: the server is away, restarting or busy, not refusing.</summary>
public static class TransientFailure
{
    public static bool Is(RpcException ex) => ex.StatusCode switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted => true,
        // A connection cut in the middle of a stream surfaces as INTERNAL/UNKNOWN with the I/O error inside.
        StatusCode.Internal or StatusCode.Unknown => IsConnectionError(ex.Status.DebugException ?? ex.InnerException),
        _ => false,
    };

    private static bool IsConnectionError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is IOException or HttpRequestException or SocketException or HttpProtocolException)
            {
                return true;
            }
        }
        return false;
    }
}
