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
    /// Seconds a RabbitMQ bus may stay unhealthy, and then the broker answer, before <see cref="BusWatchdog"/>
    /// ends the process for its supervisor to restart (0: never). Longer than a reconnect takes.
    /// </summary>
    public int WatchdogSeconds { get; set; } = 60;
}
