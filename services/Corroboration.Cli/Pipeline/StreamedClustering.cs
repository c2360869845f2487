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
public sealed class StreamedClustering : IDisposable
{
    // With each report its claims' blocking keys, worked out by the intake's threads: one thing fewer for this one.
    private readonly BlockingCollection<(BatchReport Report, IReadOnlyList<IReadOnlyList<string>> Keys)> _arrivals = [];
    private readonly MatchModel _model;
    private readonly BatchStages _stages;
    private readonly BatchClustering _clustering;
    private readonly Task _work;
    private volatile bool _dropped;
    private int _clustered;

    public StreamedClustering(MatchModel model, BatchStages stages)
    {
        (_model, _stages, _clustering) = (model, stages, new BatchClustering(model));
        _work = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);
    }

    /// <summary>Reports arrived and not yet clustered.</summary>
    public int Backlog => _arrivals.Count;

    /// <summary>Reports clustered so far.</summary>
    public int Clustered => Volatile.Read(ref _clustered);

    public void Arrived(BatchReport report, IReadOnlyList<IReadOnlyList<string>> keys)
    {
        if (!_dropped)
        {
            _arrivals.Add((report, keys));
        }
    }

    /// <summary>
    /// Waits while more than <paramref name="reports"/> wait to be clustered, so that the intake,
    /// faster than clustering, holds no more than that many reports' keys (at a million reports
    /// it would be hundreds of thousands) and leaves the clustering thread a core meanwhile.
    /// Returns at once when clustering has stopped.
    /// </summary>
    public void WaitForBacklogBelow(int reports)
    {
        while (_arrivals.Count > reports && !_dropped && !_work.IsCompleted)
        {
            Thread.Sleep(5);
        }
    }

    /// <summary>A report arrived again, changed: the stream's order is no longer the linking order.</summary>
    public void Reordered() => Drop();

    /// <summary>Waits for the stream to be clustered (showing how far it got), or clusters the batch again when it was reordered.</summary>
    public BatchClustering Finish(BatchIntake intake, ProgressLine progress)
    {
        _arrivals.CompleteAdding();
        while (Task.WaitAny([_work], TimeSpan.FromMilliseconds(200)) < 0)
        {
            progress.Show($"clustering: {Clustered:N0} of {intake.Distinct:N0} reports");
        }
        _work.GetAwaiter().GetResult();
        if (!_dropped)
        {
            _stages.Measure(BatchStages.Cluster, _clustering.Finish);
            return _clustering;
        }
        var again = new BatchClustering(_model);
        _stages.Measure(BatchStages.Cluster, () =>
        {
            foreach (var report in intake.InLinkingOrder)
            {
                again.Add(report.Claims);
            }
            again.Finish();
        });
        return again;
    }

    /// <summary>Stops the thread if the run failed before <see cref="Finish"/>: it drops what waits instead of clustering it.</summary>
    public void Dispose() => Drop();

    private void Drop()
    {
        _dropped = true;
        _arrivals.CompleteAdding();
    }

    private void Run()
    {
        // Timed in turns, one per run of reports waiting, not per report: reading the process's time costs a system call.
        while (!_arrivals.IsCompleted)
        {
            if (!_arrivals.TryTake(out var arrival, Timeout.Infinite))
            {
                return;
            }
            _stages.Measure(BatchStages.Cluster, () =>
            {
                do
                {
                    if (_dropped)
                    {
                        return;
                    }
                    _clustering.Add(arrival.Report.Claims, arrival.Keys);
                    Interlocked.Increment(ref _clustered);
                }
                while (_arrivals.TryTake(out arrival));
            });
        }
    }
}
