using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Corroboration.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "end-to-end";
}

/// <summary>
/// The distributed suite for real: a fresh PostgreSQL database, the default RabbitMQ virtual host,
/// and Ingest, Matching and Scoring as three separate <c>dotnet</c> processes on loopback ports.
/// Tests isolate themselves from anything else on the broker with report ids unique to the run.
/// </summary>
public sealed class EndToEndFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly List<ServiceProcess> _services = [];
    private readonly ProcessOutput _fixtureLog = new("fixture");

    /// <summary>Unique to this run, for report ids and database names.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..10];

    public InfraSettings Infra { get; private set; } = null!;

    public string DatabaseName { get; private set; } = "";

    /// <summary>This run's HS256 key (random, never stored), for tests that mint tokens with fewer roles.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public ServiceProcess Ingest { get; private set; } = null!;

    public ServiceProcess Matching { get; private set; } = null!;

    public ServiceProcess Scoring { get; private set; } = null!;

    public IngestService.IngestServiceClient IngestClient => new(Ingest.Channel);

    public MatchingService.MatchingServiceClient MatchingClient => new(Matching.Channel);

    public ScoringService.ScoringServiceClient ScoringClient => new(Scoring.Channel);

    public IEnumerable<ProcessOutput> Outputs => new[] { _fixtureLog }.Concat(_services.Select(s => s.Output));

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var root = RepositoryRoot();
        var configuration = BuildConfiguration();
        Log($"repository {root}, configuration {configuration}, run {RunId}");
        Infra = await InfraSettings.ResolveAsync(root, Log);
        var pg = new NpgsqlConnectionStringBuilder(Infra.PostgresConnectionString);
        Log($"PostgreSQL {pg.Host}:{pg.Port} as {pg.Username}; RabbitMQ {Infra.RabbitMq.Host}:{Infra.RabbitMq.Port} vhost {Infra.RabbitMq.VirtualHost}");

        DatabaseName = $"corro_e2e_{RunId}";
        await using (var admin = new NpgsqlConnection(Infra.PostgresConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        Log($"created database {DatabaseName}");

        var rabbit = Infra.RabbitMq;
        var token = TokenMinter.Mint(SigningKey, "e2e", Role.All, TimeSpan.FromHours(4));
        var environment = new Dictionary<string, string>
        {
            ["Auth__SigningKey"] = SigningKey,
            ["Database__Provider"] = "postgres",
            ["Database__ConnectionString"] = Infra.PostgresFor(DatabaseName),
            ["Bus__Transport"] = "rabbitmq",
            ["Bus__Host"] = rabbit.Host,
            ["Bus__Port"] = rabbit.Port.ToString(),
            ["Bus__VirtualHost"] = rabbit.VirtualHost,
            ["Bus__Username"] = rabbit.Username,
            ["Bus__Password"] = rabbit.Password,
            // As operators run them: JSON lines carrying the trace ids, and a line per report
            // stored, linked and scored, so tests can follow a trace across the processes.
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__LogLevel__Corroboration"] = "Debug",
        };
        try
        {
            foreach (var name in new[] { "Ingest", "Matching", "Scoring" })
            {
                var dll = ServiceDll(name);
                _services.Add(ServiceProcess.Start(name.ToLowerInvariant(), dll, environment, token));
            }
            (Ingest, Matching, Scoring) = (_services[0], _services[1], _services[2]);
            await Task.WhenAll(_services.Select(s => s.WaitUntilServingAsync(StartupTimeout)));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
        Log($"three services SERVING after {stopwatch.Elapsed.TotalSeconds:0.0} s (ingest :{Ingest.Port}, matching :{Matching.Port}, scoring :{Scoring.Port})");
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        _services.Clear();
        if (DatabaseName.Length > 0 && Infra is not null)
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(Infra.PostgresConnectionString);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                Log($"dropped database {DatabaseName}");
            }
            catch (Exception ex)
            {
                Log($"could not drop database {DatabaseName}: {ex.Message}");
            }
        }
    }

    /// <summary>Where every process's output currently ends, for <see cref="WriteOutputSince"/>.</summary>
    public IReadOnlyDictionary<string, long> OutputMarks() => Outputs.ToDictionary(o => o.Name, o => o.Count);

    /// <summary>Writes what every process printed after <paramref name="marks"/> to the test's output.</summary>
    public void WriteOutputSince(IReadOnlyDictionary<string, long> marks, ITestOutputHelper output)
    {
        foreach (var process in Outputs)
        {
            var lines = process.Since(marks.TryGetValue(process.Name, out var mark) ? mark : 0);
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }
    }

    private void Log(string message)
    {
        _fixtureLog.Add(message);
        diagnostics.OnMessage(new DiagnosticMessage("[e2e] " + message));
    }

    /// <summary>The build output of service <c>Corroboration.{name}</c> in this test run's configuration.</summary>
    public static string ServiceDll(string name)
    {
        var project = $"Corroboration.{name}";
        return Path.Combine(RepositoryRoot(), "services", project, "bin", BuildConfiguration(), "net10.0", project + ".dll");
    }

    /// <summary>The build output of the example project <c>examples/{project}</c> in this test run's configuration.</summary>
    public static string ExampleDll(string project) =>
        Path.Combine(RepositoryRoot(), "examples", project, "bin", BuildConfiguration(), "net10.0", project + ".dll");

    /// <summary>The folder holding Corroboration.sln, walking up from the test assembly.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroboration.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Corroboration.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// The configuration this assembly was built with: the folder above the target framework's in
    /// bin/&lt;Configuration&gt;/net10.0/, else the assembly's own [AssemblyConfiguration].
    /// </summary>
    private static string BuildConfiguration()
    {
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (tfmDir.Name.StartsWith("net", StringComparison.OrdinalIgnoreCase) && tfmDir.Parent is { } configDir && configDir.Parent?.Name == "bin")
        {
            return configDir.Name;
        }
        return typeof(EndToEndFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
    }
}
