using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Corroboration.EndToEnd.Tests;

/// <summary>One service started as <c>dotnet Corroboration.X.dll</c> on a free loopback port.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(string name, Uri address, Process process, ProcessOutput output, string? token)
    {
        Name = name;
        Port = address.Port;
        _process = process;
        Output = output;
        Address = address;
        Channel = GrpcChannel.ForAddress(Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, ConnectTimeout = TimeSpan.FromSeconds(10) },
            Credentials = token is null ? null : ChannelCredentials.Create(ChannelCredentials.Insecure, Bearer(token)),
            UnsafeUseInsecureChannelCallCredentials = token is not null, // plain HTTP/2 on loopback
        });
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    public ProcessOutput Output { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts <paramref name="dll"/> with <paramref name="environment"/> added to this process's
    /// environment and <paramref name="arguments"/> after the dll, plus <c>Urls</c> for a free
    /// loopback port unless the environment sets them;
    /// <see cref="Channel"/> sends <paramref name="token"/> when one is given.
    /// </summary>
    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, string? token = null, IEnumerable<string>? arguments = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{name}: build output {dll} not found (is the service project built in this configuration?)", dll);
        }
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        // Settings that the test host's own environment could otherwise leak into the service.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");
        start.Environment.Remove("DOTNET_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        start.Environment["Web__Urls"] = ""; // the Host's dashboard endpoint has a fixed default port that would clash between hosts
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var url = environment.GetValueOrDefault("Urls") ?? $"http://127.0.0.1:{port}";
        start.Environment["Urls"] = url;
        var output = new ProcessOutput(name);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        output.Attach(process);
        process.Exited += (_, _) => output.Add($"process exited with code {SafeExitCode(process)}");
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output.Add($"started pid {process.Id}: dotnet {dll} on {url}");
        return new ServiceProcess(name, new Uri(url.Split(';')[0]), process, output, token);
    }

    /// <summary>Waits for the process to end by itself (a service refusing to start), killing it after <paramref name="timeout"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls grpc.health.v1 (over <paramref name="channel"/>, else <see cref="Channel"/>) until it answers SERVING, the process exits, or <paramref name="timeout"/> passes.</summary>
    public async Task WaitUntilServingAsync(TimeSpan timeout, ChannelBase? channel = null)
    {
        var client = new Health.HealthClient(channel ?? Channel);
        var stopwatch = Stopwatch.StartNew();
        string last = "no answer yet";
        while (stopwatch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {SafeExitCode(_process)} before it was healthy:\n{Output.Text(200)}");
            }
            try
            {
                var reply = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    Output.Add($"healthy after {stopwatch.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
                last = reply.Status.ToString();
            }
            catch (RpcException ex)
            {
                last = $"{ex.StatusCode}: {ex.Status.Detail}";
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"{Name} was not SERVING within {timeout.TotalSeconds:0} s (last: {last}):\n{Output.Text(200)}");
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Output.Add($"could not stop the process: {ex.Message}");
        }
        _process.Dispose();
    }

    private static CallCredentials Bearer(string token) => CallCredentials.FromInterceptor((_, metadata) =>
    {
        metadata.Add("authorization", "Bearer " + token);
        return Task.CompletedTask;
    });

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString();
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    /// <summary>The dotnet muxer running these tests when there is one, else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        return "dotnet";
    }
}
