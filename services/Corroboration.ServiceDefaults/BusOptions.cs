namespace Corroboration.ServiceDefaults;

/// <summary>Message bus settings (configuration section <c>Bus</c>).</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>inmemory</c> (embedded default, one process) or <c>rabbitmq</c>.</summary>
    public string Transport { get; set; } = "inmemory";

    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Messages each consumer endpoint fetches ahead.</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>
    /// Seconds a RabbitMQ bus may stay unhealthy before <see cref="BusWatchdog"/> looks at the broker
    /// itself (0: the watchdog is off).
    /// </summary>
    public int WatchdogSeconds { get; set; } = 60;

    /// <summary>
    /// Seconds the broker must have answered the watchdog, the bus still unhealthy, before the
    /// process ends for its supervisor to restart: longer than MassTransit's longest pause between
    /// reconnect attempts (about 30 s), so a bus that would reconnect is left to.
    /// </summary>
    public int WatchdogReconnectSeconds { get; set; } = 45;
}
