using Grpc.Core;
using Grpc.Net.Client;

namespace Corroboration.Cli.Remote;

/// <summary>
/// A channel to a service at an <c>http://</c> (plain-text HTTP/2) or <c>https://</c> URL (TLS,
/// the server's certificate checked against the system's trusted roots; on Linux
/// <c>SSL_CERT_FILE</c> adds a private CA), sending <c>authorization: Bearer</c> when a token is given.
/// </summary>
public static class ServerChannel
{
    public const string TokenVariable = "CORRO_TOKEN";

    /// <summary>--token, else the CORRO_TOKEN variable, else none (an Open server on loopback).</summary>
    public static string? Token(CommandLine line) =>
        line.Optional("token") ?? (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token ? token : null);

    public static GrpcChannel For(string url, string? token, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"'{url}' is not an http:// or https:// URL");
        }
        // Our own servers: a page of incidents may be large, so no cap on what they send back.
        var options = new GrpcChannelOptions { HttpHandler = handler, MaxReceiveMessageSize = null };
        if (token is not null)
        {
            var bearer = CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", "Bearer " + token);
                return Task.CompletedTask;
            });
            var transport = address.Scheme == "https" ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
            options.Credentials = ChannelCredentials.Create(transport, bearer);
            // Over plain text the token is as exposed as the data: acceptable on loopback or a private network only.
            options.UnsafeUseInsecureChannelCallCredentials = address.Scheme == "http";
        }
        return GrpcChannel.ForAddress(address, options);
    }
}
