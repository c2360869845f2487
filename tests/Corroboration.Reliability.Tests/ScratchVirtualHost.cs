using System.Diagnostics;
using RabbitMQ.Client;

namespace Corroboration.Reliability.Tests;

/// <summary>
/// A RabbitMQ virtual host of its own for one test, on the broker <c>CORRO_TEST_RABBITMQ</c> names,
/// made and removed with <c>rabbitmqctl</c> (so the test needs the broker's machine and rights to
/// run it). Taking the user's permissions away and closing its connections is how a test makes
/// the broker unreachable without stopping the server other tests use.
/// </summary>
public sealed class ScratchVirtualHost : IAsyncDisposable
{
    public const string Variable = "CORRO_TEST_RABBITMQ";

    private ScratchVirtualHost(Uri server)
    {
        Server = server;
        Name = $"corro-test-{Guid.NewGuid():N}"[..24];
        var user = server.UserInfo.Split(':', 2);
        Username = Uri.UnescapeDataString(user[0]);
        Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "";
    }

    public static string? Broker => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } broker ? broker : null;

    /// <summary>Why the broker tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        Broker is null ? $"set {Variable} to an amqp:// URI to run"
        : !File.Exists("/usr/sbin/rabbitmqctl") && !File.Exists("/usr/bin/rabbitmqctl") ? "rabbitmqctl is not installed here"
        : null;

    public Uri Server { get; }

    public string Name { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>Bus settings of a service on this virtual host.</summary>
    public Dictionary<string, string?> BusSettings() => new()
    {
        ["Bus:Transport"] = "rabbitmq",
        ["Bus:Host"] = Server.Host,
        ["Bus:Port"] = (Server.IsDefaultPort || Server.Port <= 0 ? 5672 : Server.Port).ToString(),
        ["Bus:VirtualHost"] = Name,
        ["Bus:Username"] = Username,
        ["Bus:Password"] = Password,
    };

    /// <summary>A plain AMQP client of this virtual host, to look at queues past MassTransit.</summary>
    public ConnectionFactory Client() => new()
    {
        HostName = Server.Host,
        Port = Server.IsDefaultPort || Server.Port <= 0 ? 5672 : Server.Port,
        VirtualHost = Name,
        UserName = Username,
        Password = Password,
    };

    /// <summary>Messages ready in <paramref name="queue"/>; 0 when it does not exist (yet).</summary>
    public async Task<uint> QueueLengthAsync(string queue)
    {
        await using var connection = await Client().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    public static async Task<ScratchVirtualHost> CreateAsync()
    {
        var host = new ScratchVirtualHost(new Uri(Broker ?? throw new InvalidOperationException($"{Variable} is not set")));
        await RabbitMqCtlAsync("add_vhost", host.Name);
        await host.AllowAsync();
        return host;
    }

    /// <summary>The broker, as far as this virtual host's clients can tell, goes away: connections closed, new ones refused.</summary>
    public async Task CutOffAsync()
    {
        await RabbitMqCtlAsync("clear_permissions", "-p", Name, Username);
        await RabbitMqCtlAsync("close_all_connections", "-p", Name, "broker outage in a test");
    }

    /// <summary>The broker is back.</summary>
    public Task AllowAsync() => RabbitMqCtlAsync("set_permissions", "-p", Name, Username, ".*", ".*", ".*");

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", Name);

    private static async Task RabbitMqCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}");
        }
    }
}
