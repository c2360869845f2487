using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Testing;

/// <summary>
/// One service (by its <typeparamref name="TProgram"/>) on its own SQLite file, requiring tokens
/// signed with <see cref="TestTokens.SigningKey"/>, with the
/// MassTransit test harness as its bus, so tests share no state; <paramref name="settings"/>
/// are configuration the test needs besides.
/// </summary>
public sealed class ServiceFactory<TProgram>(Action<IBusRegistrationConfigurator> addConsumers, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"corro-tests-{Guid.NewGuid():N}.db");

    /// <summary>Starts the server and its test-harness bus.</summary>
    public async Task<ITestHarness> StartHarnessAsync()
    {
        var harness = Services.GetTestHarness();
        await harness.Start();
        return harness;
    }

    /// <summary>Calls to the in-memory test server, each signed as the analyst it names (<see cref="AnalystTokenInterceptor"/>).</summary>
    public CallInvoker CreateChannel() => TestChannels.Signed(Server);

    /// <summary>A channel that sends no token of its own: for tests of authentication itself.</summary>
    public GrpcChannel CreateUnsignedChannel() => TestChannels.Unsigned(Server);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_database}");
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(addConsumers);
            // Announcements leave through the outbox relay after the consumer is done, which the
            // harness does not count as activity: give it time before it calls the bus quiet.
            services.Configure<TestHarnessOptions>(options => options.TestInactivityTimeout = TimeSpan.FromSeconds(3));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
