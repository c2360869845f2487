using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Corroboration.Dashboard.Tests;

/// <summary>
/// The embedded <c>Corroboration.Host</c> (or the Dashboard) as a real process: gRPC on one free
/// loopback port, the dashboard and HTTP/JSON (<c>Web:Urls</c>) on another, its own SQLite file.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostUnderTest(Process process, string grpcUrl, string webUrl, string folder)
    {
        _process = process;
        GrpcUrl = grpcUrl;
        WebUrl = webUrl;
        Folder = folder;
        Http = new HttpClient { BaseAddress = new Uri(webUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string GrpcUrl { get; }

    public string WebUrl { get; }

    public string Folder { get; }

    /// <summary>HTTP/1.1 to the web endpoint, as a browser or a JSON client.</summary>
    public HttpClient Http { get; }

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

    public static async Task<HostUnderTest> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("corro-dashboard-").FullName;
        var grpcUrl = $"http://127.0.0.1:{FreePort()}";
        var webUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(DotnetHost(), [Repository.BuildOutput("Corroboration.Host")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["Urls"] = grpcUrl;
        start.Environment["Web__Urls"] = webUrl;
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "host.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["Limits__RequestsPerWindow"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = new Process { StartInfo = start };
        var host = new HostUnderTest(process, grpcUrl, webUrl, folder);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilServingAsync();
        return host;
    }

    /// <summary>POSTs every report of a JSON Lines file to <c>/v1/reports</c> (HTTP/JSON, transcoded SubmitReport).</summary>
    public async Task SubmitAsync(string jsonlFile, string? token = null)
    {
        foreach (var line in File.ReadLines(jsonlFile).Where(line => line.Trim().Length > 0))
        {
            await SubmitReportAsync(line, token);
        }
    }

    /// <summary>POSTs one report (its interchange JSON) to <c>/v1/reports</c>.</summary>
    public async Task SubmitReportAsync(string reportJson, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reports")
        {
            Content = new StringContent($"{{\"report\":{reportJson}}}", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST /v1/reports: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The id of the scored incident that holds <paramref name="reportId"/>.</summary>
    public static string IncidentWith(IEnumerable<JsonElement> scores, string reportId) =>
        scores.Single(s => s.GetProperty("reportIds").EnumerateArray().Any(r => r.GetString() == reportId)).GetProperty("id").GetString()!;

    /// <summary>Waits until <paramref name="count"/> incidents are scored and the list stays the same for two seconds.</summary>
    public async Task<JsonElement[]> WaitForScoresAsync(int count, string? token = null)
    {
        var last = "";
        var stableSince = Stopwatch.StartNew();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/scores?pageSize=500");
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (body != last)
            {
                last = body;
                stableSince.Restart();
                continue;
            }
            var scores = JsonDocument.Parse(body).RootElement.GetProperty("scores").EnumerateArray().ToArray();
            if (scores.Length == count && stableSince.Elapsed > TimeSpan.FromSeconds(2))
            {
                return scores;
            }
        }
        throw new TimeoutException($"not {count} stable scores within 60 s; last: {last}\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying child: the temporary folder is cleaned up later.
        }
    }

    private async Task WaitUntilServingAsync()
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited; await Task.Delay(200))
        {
            try
            {
                using var response = await Http.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        throw new InvalidOperationException($"the host did not serve {WebUrl}:\n{Output}");
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
