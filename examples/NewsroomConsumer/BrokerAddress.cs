using MassTransit;

namespace NewsroomConsumer;

/// <summary>An AMQP URI taken apart for MassTransit: <c>amqp://guest:guest@127.0.0.1:5672/corro-cluster</c>.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static BrokerAddress Parse(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme != "amqp")
        {
            throw new UsageException($"the broker must be an amqp:// URI, not '{uri}'");
        }
        var user = parsed.UserInfo.Split(':', 2);
        // amqp://host/ is the default virtual host "/"; amqp://host/%2F too.
        var path = parsed.AbsolutePath.TrimStart('/');
        return new BrokerAddress(
            parsed.Host,
            (ushort)(parsed.IsDefaultPort || parsed.Port <= 0 ? 5672 : parsed.Port),
            path.Length == 0 ? "/" : Uri.UnescapeDataString(path),
            user[0].Length == 0 ? "guest" : Uri.UnescapeDataString(user[0]),
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest");
    }

    public void Configure(IRabbitMqBusFactoryConfigurator bus) =>
        bus.Host(Host, Port, VirtualHost, host =>
        {
            host.Username(Username);
            host.Password(Password);
        });

    public override string ToString() => $"amqp://{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}";
}
