using Corroboration.Cli.Remote;
using Grpc.Core;
using Grpc.Health.V1;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro health --url URL</c>: asks grpc.health.v1 once and prints the answer; exit 0 only when
/// SERVING. Scripts (deploy/local/cluster.sh) poll it instead of depending on grpcurl.
/// </summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("url", "token", "service", "timeout");
        var timeout = TimeSpan.FromSeconds(line.WholeNumber("timeout", 5, 300));
        using var server = ServerConnection.FromOptions(line, "url");
        var client = new Health.HealthClient(server.Channel);
        try
        {
            var reply = await client.CheckAsync(
                new HealthCheckRequest { Service = line.Optional("service") ?? "" }, null, DateTime.UtcNow.Add(timeout));
            Console.WriteLine($"{server.Address} {reply.Status}");
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
        }
        catch (RpcException ex)
        {
            Console.WriteLine($"{server.Address} {ex.StatusCode}: {ex.Status.Detail}");
            return 1;
        }
    }
}
