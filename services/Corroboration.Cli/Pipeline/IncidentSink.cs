using System.Collections.Concurrent;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Stores and writes a batch's scored incidents, turn by turn in the order given, on a thread of
/// its own: the database takes one statement at a time, so the next turn is scored on the other
/// core meanwhile. One turn waits at most, which bounds what is held.
/// </summary>
public sealed class IncidentSink : IDisposable
{
    private readonly BlockingCollection<IReadOnlyList<BatchIncident>> _turns = new(boundedCapacity: 1);
    private readonly CancellationTokenSource _failed = new();
    private readonly Dictionary<string, int> _grades = new(StringComparer.Ordinal);
    private readonly BatchDatabase _store;
    private readonly TextWriter _writer;
    private readonly BatchStages _stages;
    private readonly Task _work;
    private int _done;

    public IncidentSink(BatchDatabase store, TextWriter writer, BatchStages stages)
    {
        (_store, _writer, _stages) = (store, writer, stages);
        _work = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);
    }

    /// <summary>Incidents stored and written so far.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>Queues a turn, waiting while one is queued; throws what failed if storing or writing did.</summary>
    public void Add(IReadOnlyList<BatchIncident> incidents)
    {
        try
        {
            _turns.Add(incidents, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            _work.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Waits until every turn is stored and written; the count of incidents by grade.</summary>
    public async Task<IReadOnlyDictionary<string, int>> FinishAsync()
    {
        _turns.CompleteAdding();
        await _work;
        return _grades;
    }

    /// <summary>
    /// Lets the thread go if scoring failed before <see cref="FinishAsync"/>, once it has stored
    /// what it was given, so that nothing writes to the database or the file after they close.
    /// </summary>
    public void Dispose()
    {
        _turns.CompleteAdding();
        Task.WaitAny(_work);
        _failed.Dispose();
    }

    private void Run()
    {
        try
        {
            foreach (var incidents in _turns.GetConsumingEnumerable())
            {
                _stages.Measure(BatchStages.Store, () =>
                {
                    foreach (var incident in incidents)
                    {
                        _store.AddIncident(incident);
                    }
                });
                _stages.Measure(BatchStages.Write, () =>
                {
                    foreach (var incident in incidents)
                    {
                        _grades[incident.Score.Grade] = _grades.GetValueOrDefault(incident.Score.Grade) + 1;
                        _writer.WriteLine(incident.Score.IncidentJson);
                    }
                });
                Interlocked.Add(ref _done, incidents.Count);
            }
        }
        catch
        {
            _failed.Cancel();
            throw;
        }
    }
}
