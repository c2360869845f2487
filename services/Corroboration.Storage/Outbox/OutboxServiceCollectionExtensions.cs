using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Corroboration.Storage.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox of <paramref name="service"/> (keyed by the service name, as one process may host
    /// several services) and its relay. Its tables come from <see cref="OutboxSchema.Migration"/>
    /// in the service's migrations.
    /// </summary>
    /// <param name="ordered">See <see cref="Outbox.Ordered"/>.</param>
    /// <param name="combine">See <see cref="Outbox"/>.</param>
    public static IServiceCollection AddOutbox(this IServiceCollection services, string service, bool ordered = false,
        Func<IReadOnlyList<OutboxRow>, IEnumerable<OutboxPublication>>? combine = null)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddMetrics();
        services.TryAddSingleton<OutboxMetrics>();
        services.AddKeyedSingleton(service, (sp, _) => new Outbox(service, sp.GetRequiredService<DbConnectionFactory>(), ordered, combine));
        services.AddKeyedSingleton(service, (sp, _) => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, sp.GetRequiredKeyedService<Outbox>(service)));
        // Unkeyed as well: a drain flushes every relay of the process, a batch run waits for every outbox.
        services.AddSingleton(sp => sp.GetRequiredKeyedService<OutboxRelay>(service));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredKeyedService<OutboxRelay>(service));
        return services;
    }
}
