using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Grpc.Net.Client;

namespace Corroboration.Cli.Tests;

/// <summary>
/// The all-in-one <c>Corroboration.Host</c> as a real process on a loopback port, with its own
/// SQLite file, that a test can SIGKILL and start again on the same port and the same file.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly string _database;
    private readonly StringBuilder _output = new();
    private readonly string[] _arguments;
    private Process? _process;

    /// <summary>The SQLite file the host uses, in the folder it is started in.</summary>
    public const string DatabaseName = "host.db";

    private HostProcess(string folder, string[] arguments)
    {
        _arguments = arguments;
        _database = Path.Combine(folder, DatabaseName);
        Port = FreePort();
        Address = $"http://127.0.0.1:{Port}";
        Channel = GrpcChannel.ForAddress(Address);
    }

    public int Port { get; }

    public string Address { get; }

    public GrpcChannel Channel { get; }

    /// <param name="arguments">Command-line arguments after the dll (<c>--demo</c>), the same on every start.</param>
    public static async Task<HostProcess> StartAsync(string folder, params string[] arguments)
    {
        var host = new HostProcess(folder, arguments);
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Starts the host (again) and waits until it answers grpc.health.v1 with SERVING.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(DotnetHost(), [HostDll(), .. _arguments])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_database)!,
        };
        start.Environment["Urls"] = Address;
        start.Environment["Web__Urls"] = ""; // no dashboard endpoint: its fixed default port would clash between hosts
        start.Environment["Database__ConnectionString"] = $"Data Source={_database}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        // The tests read back every report one call at a time; the rate limit has tests of its own.
        start.Environment["Limits__RequestsPerWindow"] = "0";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var health = new Grpc.Health.V1.Health.HealthClient(Channel);
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(200))
        {
            if (_process.HasExited)
            {
                break;
            }
            try
            {
                var reply = await health.CheckAsync(new(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (reply.Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (Grpc.Core.RpcException)
            {
                // Not listening yet.
            }
        }
        throw new InvalidOperationException($"the host on {Address} did not become healthy:\n{Output}");
    }

    /// <summary>SIGKILL: no graceful shutdown, as when a machine or container dies.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The host built beside this test assembly's configuration (the test project references it so that it is built).</summary>
    private static string HostDll()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        for (var dir = tfm; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroboration.sln")))
            {
                return Path.Combine(dir.FullName, "services", "Corroboration.Host", "bin", configuration, tfm.Name, "Corroboration.Host.dll");
            }
        }
        throw new InvalidOperationException($"no Corroboration.sln above {AppContext.BaseDirectory}");
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
