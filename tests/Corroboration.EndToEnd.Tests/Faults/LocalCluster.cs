namespace Corroboration.EndToEnd.Tests.Faults;

/// <summary>
/// <c>deploy/local/cluster.sh</c> driven from a test: its own state folder, database and RabbitMQ
/// node (<c>--own-broker</c>), so killing services and restarting the broker disturbs no other test.
/// </summary>
public sealed class LocalCluster(string repositoryRoot, string runId, IReadOnlyDictionary<string, string> serviceSettings)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    public string StateFolder { get; } = Path.Combine(Path.GetTempPath(), $"corro-fault-{runId}");

    public Dictionary<string, string> Endpoints { get; } = [];

    public string Token => Endpoints.GetValueOrDefault("token", "");

    public string CorroDll => Path.Combine(repositoryRoot, "services", "Corroboration.Cli", "bin", "Release", "net10.0", "corro.dll");

    public Dictionary<string, string> Environment => new(serviceSettings)
    {
        ["CORRO_CLUSTER_DIR"] = StateFolder,
        ["CORRO_CLUSTER_DB"] = $"corro_fault_{runId}",
        ["CORRO_CLUSTER_NODE"] = $"corro-fault-{runId}@localhost",
    };

    public async Task UpAsync(bool build)
    {
        var lines = await RunAsync(build ? ["up", "--own-broker"] : ["up", "--own-broker", "--no-build"]);
        Endpoints.Clear();
        foreach (var line in lines.Select(Unprefixed).Where(l => l.Contains('=') && !l.StartsWith("stderr:", StringComparison.Ordinal)))
        {
            Endpoints[line[..line.IndexOf('=')]] = line[(line.IndexOf('=') + 1)..];
        }
    }

    public Task KillAsync(string service) => RunAsync(["kill", service]);

    public Task StartAsync(string service) => RunAsync(["start", service]);

    public Task RestartBrokerAsync() => RunAsync(["restart-broker"]);

    public Task DownAsync() => RunAsync(["down"]);

    private async Task<IReadOnlyList<string>> RunAsync(string[] arguments) =>
        await ScriptRun.Start("cluster " + arguments[0], "bash", [Path.Combine(repositoryRoot, "deploy", "local", "cluster.sh"), .. arguments], Environment, repositoryRoot)
            .SucceedsAsync(CommandTimeout);

    /// <summary>A kept line without the "[name time] " prefix <see cref="ProcessOutput"/> adds.</summary>
    private static string Unprefixed(string line) => line[(line.IndexOf("] ", StringComparison.Ordinal) + 2)..];
}
