using Grpc.Core;
using Grpc.Net.Client;

namespace Corroboration.Cli.Remote;

/// <summary>
/// A server a command talks to: its channel (<see cref="ServerChannel"/>), which sends the bearer
/// token with every call (<c>--token</c>, else <c>CORRO_TOKEN</c>; none means the server must be open).
/// </summary>
public sealed class ServerConnection : IDisposable
{
    private ServerConnection(Uri address, string? token)
    {
        Address = address;
        Channel = ServerChannel.For(address.ToString(), token, new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // A restarted server comes back on the same port: notice a dead connection quickly.
            KeepAlivePingDelay = TimeSpan.FromSeconds(20),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            EnableMultipleHttp2Connections = true,
        });
    }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Reads <c>--NAME URL</c> and the token options of <paramref name="line"/>; a bad URL is a usage error.</summary>
    public static ServerConnection FromOptions(CommandLine line, string name)
    {
        var url = line.Required(name);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || address.Host.Length == 0)
        {
            throw new UsageException($"--{name} must be an http:// or https:// URL, not '{url}'");
        }
        var token = ServerChannel.Token(line);
        if (token is "true")
        {
            throw new UsageException("--token needs a value (or set CORRO_TOKEN)");
        }
        return new ServerConnection(address, token);
    }

    public void Dispose() => Channel.Dispose();
}
