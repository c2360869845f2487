using Corroboration.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.ServiceDefaults;

public static class BusExtensions
{
    /// <summary>
    /// MassTransit over the configured transport, with kebab-case endpoints. Retries live in each
    /// consumer's definition (<see cref="RetryPolicy"/>); messages still failing after them go to
    /// the endpoint's error queue. Called once per process with every consumer the process hosts.
    /// RabbitMQ publishes wait for the broker's confirmation; a shutdown drains (<see cref="GracefulDrain"/>).
    /// </summary>
    public static IServiceCollection AddCorroborationBus(this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers(bus);
            switch (options.Transport.ToLowerInvariant())
            {
                case "inmemory":
                    bus.UsingInMemory((context, cfg) => Configure(context, cfg));
                    break;
                case "rabbitmq":
                    bus.UsingRabbitMq((context, cfg) =>
                    {
                        cfg.Host(options.Host, options.Port, options.VirtualHost, host =>
                        {
                            host.Username(options.Username);
                            host.Password(options.Password);
                            host.PublisherConfirmation = true; // the outbox relay marks a row sent only once the broker has it
                        });
                        cfg.PrefetchCount = options.PrefetchCount;
                        Configure(context, cfg);
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Bus:Transport must be inmemory or rabbitmq, not '{options.Transport}'.");
            }
        });
        if (options.Transport.Equals("rabbitmq", StringComparison.OrdinalIgnoreCase) && options.WatchdogSeconds > 0)
        {
            services.AddSingleton(options);
            services.AddHostedService<BusWatchdog>();
        }
        services.AddConsumeLag();
        services.AddSingleton<GracefulDrain>();
        services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<GracefulDrain>());
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => sp.GetRequiredService<GracefulDrain>());
        return services;
    }

    private static void Configure<T>(IBusRegistrationContext context, IBusFactoryConfigurator<T> cfg)
        where T : IReceiveEndpointConfigurator
    {
        cfg.ConfigureEndpoints(context);
    }
}
