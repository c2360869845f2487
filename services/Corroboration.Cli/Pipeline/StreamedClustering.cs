using System.Collections.Concurrent;
using Corroboration.Core.Matching;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Clusters a batch's reports on a thread of its own as the intake lets them arrive, so that
/// clustering (which takes reports one after another) runs on one core while the file is still
/// being read, extracted and stored on the other. A changed re-send is linked where its last
/// version arrived, a place the stream may have passed: once one is seen, the streamed incidents
/// are dropped and every report clustered again in linking order when the intake is done, so the
/// incidents are the same either way.
/// </summary>
public sealed class StreamedClustering(MatchModel model, BatchStages stages)
{
    private readonly BlockingCollection<BatchReport> _arrivals = [];
    private readonly BatchClustering _clustering = new(model);
    private Task? _work;
    private volatile bool _reordered;
    private int _clustered;

    /// <summary>Reports arrived and not yet clustered.</summary>
    public int Backlog => _arrivals.Count;

    /// <summary>Reports clustered so far.</summary>
    public int Clustered => Volatile.Read(ref _clustered);

    public void Start() => _work = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);

    public void Arrived(BatchReport report)
    {
        if (!_reordered)
        {
            _arrivals.Add(report);
        }
    }

    /// <summary>A report arrived again, changed: the stream's order is no longer the linking order.</summary>
    public void Reordered()
    {
        _reordered = true;
        _arrivals.CompleteAdding();
    }

    /// <summary>Waits for the stream to be clustered (showing how far it got), or clusters the batch again when it was reordered.</summary>
    public BatchClustering Finish(BatchIntake intake, ProgressLine progress)
    {
        var work = _work ?? throw new InvalidOperationException("the stream was never started");
        _arrivals.CompleteAdding();
        while (Task.WaitAny([work], TimeSpan.FromMilliseconds(200)) < 0)
        {
            progress.Show($"clustering: {Clustered:N0} of {intake.Distinct:N0} reports");
        }
        work.GetAwaiter().GetResult();
        if (!_reordered)
        {
            stages.Measure(BatchStages.Cluster, _clustering.Finish);
            return _clustering;
        }
        var again = new BatchClustering(model);
        stages.Measure(BatchStages.Cluster, () =>
        {
            foreach (var report in intake.InLinkingOrder)
            {
                again.Add(report.Claims);
            }
            again.Finish();
        });
        return again;
    }

    private void Run()
    {
        // Timed in turns, one per run of reports waiting, not per report: reading the process's time costs a system call.
        while (!_arrivals.IsCompleted)
        {
            if (!_arrivals.TryTake(out var report, Timeout.Infinite))
            {
                return;
            }
            stages.Measure(BatchStages.Cluster, () =>
            {
                do
                {
                    if (_reordered)
                    {
                        return;
                    }
                    _clustering.Add(report.Claims);
                    Interlocked.Increment(ref _clustered);
                }
                while (_arrivals.TryTake(out report));
            });
        }
    }
}
