using Microsoft.Extensions.Hosting;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// The embedded pipeline lives inside a command, not a server: Ctrl+C and SIGTERM should end
/// the command as they end any program, instead of being swallowed by the host's console
/// lifetime while the command keeps going.
/// </summary>
public sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
