using System.Diagnostics;
using System.Text;

namespace Corroboration.Dashboard.Tests;

/// <summary><c>Corroboration.Dashboard</c> as a real process, forwarding to services at <paramref name="serviceUrl"/> (the Host serves all three).</summary>
public sealed class DashboardProcess(Process process, string url, StringBuilder output) : IAsyncDisposable
{
    public string Url { get; } = url;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<DashboardProcess> StartAsync(string serviceUrl)
    {
        var url = $"http://127.0.0.1:{HostUnderTest.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [Repository.BuildOutput("Corroboration.Dashboard")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = url;
        start.Environment["Dashboard__Ingest"] = serviceUrl;
        start.Environment["Dashboard__Matching"] = serviceUrl;
        start.Environment["Dashboard__Scoring"] = serviceUrl;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited; await Task.Delay(200))
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode)
                {
                    return new DashboardProcess(process, url, output);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        throw new InvalidOperationException($"the dashboard did not start:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
