using System.Collections.Concurrent;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Tests;

/// <summary>How waiting reports are gathered into the linker's batches.</summary>
public class GroupCommitQueueTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task WhileTheLinkerIsBusyArrivalsWaitAndGoTogetherWhenItFrees()
    {
        var groups = new ConcurrentQueue<int[]>();
        var firstHeld = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var queue = new GroupCommitQueue<int>(batchSize: 100, timeLimit: TimeSpan.Zero, concurrency: 1, async items =>
        {
            groups.Enqueue(items.ToArray());
            if (items[0] == 0)
            {
                firstHeld.SetResult();
                await release.Task;
            }
        });

        var first = queue.CommitAsync(0);
        await firstHeld.Task;
        var rest = Enumerable.Range(1, 5).Select(i => queue.CommitAsync(i)).ToList();
        release.SetResult();
        await Task.WhenAll(rest.Append(first));

        Assert.Equal([[0], [1, 2, 3, 4, 5]], groups.ToArray());
    }

    [Fact]
    public async Task AFreeLinkerWaitsForAFullBatchNoLongerThanItTakesToFill()
    {
        var groups = new ConcurrentQueue<int[]>();
        var queue = new GroupCommitQueue<int>(batchSize: 3, timeLimit: Long, concurrency: 2, items =>
        {
            groups.Enqueue(items.ToArray());
            return Task.CompletedTask;
        });

        var firstTwo = new[] { queue.CommitAsync(1), queue.CommitAsync(2) };
        await Task.Delay(100);
        Assert.Empty(groups);
        await Task.WhenAll(firstTwo.Append(queue.CommitAsync(3)));

        Assert.Equal([[1, 2, 3]], groups.ToArray());
    }

    [Fact]
    public async Task TheOldestWaitingSetsTheTimeLimit()
    {
        var groups = new ConcurrentQueue<int[]>();
        var queue = new GroupCommitQueue<int>(batchSize: 100, timeLimit: TimeSpan.FromSeconds(1), concurrency: 1, items =>
        {
            groups.Enqueue(items.ToArray());
            return Task.CompletedTask;
        });

        var started = DateTime.UtcNow;
        var oldest = queue.CommitAsync(1);
        await Task.Delay(500);
        await Task.WhenAll(oldest, queue.CommitAsync(2));

        // Counted from the newest, the group would have waited until 1.5 s.
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.4));
        Assert.Equal([[1, 2]], groups.ToArray());
    }

    [Fact]
    public async Task NoMoreGroupsAtOnceThanTheConcurrencyAndNoItemLeftBehind()
    {
        var running = 0;
        var most = 0;
        var committed = new ConcurrentBag<int>();
        var queue = new GroupCommitQueue<int>(batchSize: 4, timeLimit: TimeSpan.Zero, concurrency: 2, async items =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(5);
            items.ToList().ForEach(committed.Add);
            Interlocked.Decrement(ref running);
        });

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => queue.CommitAsync(i))));

        Assert.InRange(most, 1, 2);
        Assert.Equal(Enumerable.Range(0, 200), committed.Order());
    }

    [Fact]
    public async Task EveryItemOfAFailedGroupSeesTheFailureAndTheNextGroupStillCommits()
    {
        var queue = new GroupCommitQueue<int>(batchSize: 2, timeLimit: Long, concurrency: 1,
            items => items.Contains(-1) ? throw new InvalidOperationException("poison") : Task.CompletedTask);

        var failed = new[] { queue.CommitAsync(1), queue.CommitAsync(-1) };
        var next = new[] { queue.CommitAsync(2), queue.CommitAsync(3) };

        foreach (var item in failed)
        {
            Assert.Equal("poison", (await Assert.ThrowsAsync<InvalidOperationException>(() => item)).Message);
        }
        await Task.WhenAll(next);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
