using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corroboration.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the connection factory for the <c>Database</c> configuration section (once per process).</summary>
    public static IServiceCollection AddCorroborationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.TryAddSingleton<DbConnectionFactory>();
        return services;
    }

    /// <summary>Applies <paramref name="migrations"/> of <paramref name="service"/> at start-up.</summary>
    public static IServiceCollection AddSchemaMigrations(this IServiceCollection services, string service, IReadOnlyList<Migration> migrations)
    {
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp =>
            new SchemaMigrator(sp.GetRequiredService<DbConnectionFactory>(), service, migrations));
        return services;
    }
}
