namespace Corroboration.Storage;

/// <summary>
/// A write transaction met a concurrent one and must start again (see <see cref="WriteTransaction"/>);
/// <see cref="Locks"/> are the advisory locks to take at the start next time.
/// </summary>
public sealed class WriteConflictException(string message, IReadOnlyCollection<string>? locks = null) : Exception(message)
{
    public IReadOnlyCollection<string> Locks { get; } = locks ?? [];
}
