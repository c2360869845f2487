using Corroboration.Testing;

namespace Corroboration.Reliability.Tests;

/// <summary>
/// A test on real RabbitMQ (a virtual host of its own) and, when <paramref name="postgres"/>,
/// real PostgreSQL: skipped unless <c>CORRO_TEST_RABBITMQ</c> (and <c>CORRO_TEST_POSTGRES</c>) name them.
/// </summary>
public sealed class BrokerFactAttribute : FactAttribute
{
    public BrokerFactAttribute(bool postgres = false)
    {
        Skip = ScratchVirtualHost.Unavailable
            ?? (postgres && ScratchDatabase.Server is null ? $"set {ScratchDatabase.Variable} to a PostgreSQL connection string to run" : null);
    }
}
