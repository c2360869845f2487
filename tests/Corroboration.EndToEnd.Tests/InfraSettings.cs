using System.Diagnostics;
using Npgsql;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// Where PostgreSQL and RabbitMQ are: <c>CORRO_TEST_POSTGRES</c> and <c>CORRO_TEST_RABBITMQ</c>, or,
/// when either is missing, whatever <c>deploy/local/infra.sh up</c> starts with its defaults.
/// </summary>
public sealed record InfraSettings(string PostgresConnectionString, RabbitMqSettings RabbitMq)
{
    public const string PostgresVariable = "CORRO_TEST_POSTGRES";
    public const string RabbitMqVariable = "CORRO_TEST_RABBITMQ";

    /// <summary>What infra.sh up provides (and .ci/run exports).</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=corro;Password=corro;Database=corroboration";
    public const string DefaultRabbitMq = "amqp://guest:guest@127.0.0.1:5672/";

    private static readonly TimeSpan InfraScriptTimeout = TimeSpan.FromMinutes(10);

    public static async Task<InfraSettings> ResolveAsync(string repositoryRoot, Action<string> log)
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var rabbit = Environment.GetEnvironmentVariable(RabbitMqVariable);
        if (string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(rabbit))
        {
            log($"{PostgresVariable} or {RabbitMqVariable} is not set: running deploy/local/infra.sh up");
            var announced = await RunInfraScriptAsync(repositoryRoot, log);
            // infra.sh prints postgres=… and rabbitmq=… on stdout; its defaults when it does not.
            postgres = string.IsNullOrWhiteSpace(postgres) ? announced.GetValueOrDefault("postgres", DefaultPostgres) : postgres;
            rabbit = string.IsNullOrWhiteSpace(rabbit) ? announced.GetValueOrDefault("rabbitmq", DefaultRabbitMq) : rabbit;
        }
        return new InfraSettings(postgres, RabbitMqSettings.Parse(rabbit));
    }

    /// <summary>Runs <c>infra.sh up</c>; returns the <c>key=value</c> lines it printed on stdout.</summary>
    private static async Task<Dictionary<string, string>> RunInfraScriptAsync(string repositoryRoot, Action<string> log)
    {
        var script = Path.Combine(repositoryRoot, "deploy", "local", "infra.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable}/{RabbitMqVariable} are not set and {script} does not exist: start PostgreSQL and RabbitMQ and set both variables.");
        }
        var output = new ProcessOutput("infra");
        using var process = new Process
        {
            StartInfo = new ProcessStartInfo("bash")
            {
                ArgumentList = { script, "up" },
                WorkingDirectory = repositoryRoot,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
            },
        };
        output.Attach(process);
        var announced = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Split('=', 2) is [var key, var value] && key is "postgres" or "rabbitmq")
            {
                announced[key] = value.Trim();
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(InfraScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"infra.sh up did not finish within {InfraScriptTimeout}:\n{output.Text()}");
        }
        process.WaitForExit(); // flushes the redirected output
        log(output.Text());
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra.sh up failed with exit code {process.ExitCode}:\n{output.Text()}");
        }
        return new Dictionary<string, string>(announced);
    }

    /// <summary>The same server and role, another database.</summary>
    public string PostgresFor(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = database }.ConnectionString;
}

/// <summary>An amqp:// URI taken apart into the services' Bus__* settings.</summary>
public sealed record RabbitMqSettings(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqSettings Parse(string uri)
    {
        var parsed = new Uri(uri);
        if (parsed.Scheme is not ("amqp" or "rabbitmq"))
        {
            throw new InvalidOperationException($"{InfraSettings.RabbitMqVariable} must be an amqp:// URI, not '{uri}'.");
        }
        var user = "guest";
        var password = "guest";
        if (parsed.UserInfo.Length > 0)
        {
            var parts = parsed.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        // amqp://host/ and amqp://host mean the default vhost "/"; amqp://host/%2F too; amqp://host/x means "x".
        var path = parsed.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        return new RabbitMqSettings(parsed.Host, (ushort)(parsed.IsDefaultPort || parsed.Port <= 0 ? 5672 : parsed.Port), virtualHost, user, password);
    }
}
