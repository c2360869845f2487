namespace Corroboration.Matching.Linking;

/// <summary>
/// Commits waiting items in groups, with at most <c>concurrency</c> groups at once. A group is
/// formed only when a committer is free: from the items waiting then, up to <c>batchSize</c>, as
/// soon as that many wait or the oldest has waited <c>timeLimit</c>. Under load the waiting items
/// are old already, so a committer that frees takes a full group at once; a batcher that closes
/// groups on time instead (MassTransit's) queues many small ones behind busy committers.
/// </summary>
/// <remarks>Each item's caller awaits its group's commit, and sees its failure.</remarks>
public sealed class GroupCommitQueue<T>(int batchSize, TimeSpan timeLimit, int concurrency, Func<IReadOnlyList<T>, Task> commit, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private TaskCompletionSource _full = NewSignal();
    private int _committers;

    /// <summary>Completes when the group holding <paramref name="item"/> has committed; throws what its commit threw.</summary>
    public Task CommitAsync(T item, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting.Add(new Waiting(item, done, _clock.GetTimestamp()));
            if (_waiting.Count >= batchSize)
            {
                _full.TrySetResult();
            }
            if (_committers < concurrency)
            {
                _committers++;
                _ = Task.Run(CommitWhileWaitingAsync, CancellationToken.None);
            }
        }
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task CommitWhileWaitingAsync()
    {
        while (await NextGroupAsync() is { } group)
        {
            try
            {
                await commit(group.Select(w => w.Item).ToList());
                group.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception failure)
            {
                group.ForEach(w => w.Done.TrySetException(failure));
            }
        }
    }

    /// <returns>The next group, or null (and this committer has ended) when nothing waits.</returns>
    private async Task<List<Waiting>?> NextGroupAsync()
    {
        while (true)
        {
            Task full;
            TimeSpan left;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _committers--;
                    return null;
                }
                left = timeLimit - _clock.GetElapsedTime(_waiting[0].Since);
                if (_waiting.Count >= batchSize || left <= TimeSpan.Zero)
                {
                    var group = _waiting.GetRange(0, Math.Min(batchSize, _waiting.Count));
                    _waiting.RemoveRange(0, group.Count);
                    if (_waiting.Count < batchSize && _full.Task.IsCompleted)
                    {
                        _full = NewSignal();
                    }
                    return group;
                }
                full = _full.Task;
            }
            await Task.WhenAny(full, Task.Delay(left, _clock));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Waiting(T Item, TaskCompletionSource Done, long Since);
}
