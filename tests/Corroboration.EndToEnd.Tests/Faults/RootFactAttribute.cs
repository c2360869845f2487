namespace Corroboration.EndToEnd.Tests.Faults;

/// <summary>
/// A test that runs only as root: it starts its own RabbitMQ node and drives
/// <c>deploy/local/cluster.sh</c>, which installs and starts services (as CI does).
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root")
        {
            Skip = "needs root: starts its own RabbitMQ node through deploy/local/cluster.sh";
        }
    }
}
