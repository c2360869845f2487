using Microsoft.Extensions.Hosting;

namespace Corroboration.Storage;

/// <summary>
/// Brings a service's tables up to date when the process starts, before any hosted service
/// (the bus among them) begins its work.
/// </summary>
public sealed class SchemaMigrator(DbConnectionFactory factory, string service, IReadOnlyList<Migration> migrations) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => MigrationRunner.ApplyAsync(factory, service, migrations, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
