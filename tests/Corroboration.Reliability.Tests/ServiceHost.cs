using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroboration.Reliability.Tests;

/// <summary>A service process as its Program wires it (storage, its services, the real bus), in this process.</summary>
public static class ServiceHost
{
    /// <param name="telemetry">Trace and measure as the services do (<see cref="TelemetryExtensions.AddCorroborationTelemetry"/>).</param>
    public static IHost Build(
        IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> addServices, Action<IBusRegistrationConfigurator> addConsumers, bool telemetry = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        if (telemetry)
        {
            builder.AddCorroborationTelemetry();
        }
        builder.Services.AddCorroborationStorage(builder.Configuration);
        addServices(builder.Services);
        builder.Services.AddCorroborationBus(builder.Configuration, addConsumers);
        // StartAsync returns once the endpoints are bound, so what a test publishes next finds its queue.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        return builder.Build();
    }

    public static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Database:Provider"] = "postgres",
        ["Database:ConnectionString"] = connectionString,
    };

    /// <summary>Scoring on PostgreSQL over a scratch virtual host, without relearning: scores change only with the messages a test sends.</summary>
    public static Dictionary<string, string?> ScoringOn(string connectionString, IReadOnlyDictionary<string, string?> bus) =>
        Postgres(connectionString).With(bus).With(new Dictionary<string, string?> { ["Scoring:RelearnSeconds"] = "0" });

    public static Dictionary<string, string?> Sqlite(string file) => new()
    {
        ["Database:Provider"] = "sqlite",
        ["Database:ConnectionString"] = $"Data Source={file}",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>Asks until <paramref name="reached"/> holds; fails with <paramref name="what"/> after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> reached, string what, int seconds = 60)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await reached())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }
}
