using System.Diagnostics;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Where a batch run's time went, stage by stage (a stage may run in several turns): wall-clock
/// time and the processor time of the whole process meanwhile, which a busy machine inflates less.
/// Stages may overlap (reports are clustered on a thread of their own while the file is read):
/// then each one's processor time counts the other's work done meanwhile too.
/// </summary>
public sealed class BatchStages
{
    public const string Extract = "parse+extract";
    public const string Cluster = "cluster";
    public const string Score = "score";
    public const string Store = "store";
    public const string Write = "write";

    private readonly Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> _spent = new(StringComparer.Ordinal)
    {
        [Extract] = default, [Cluster] = default, [Score] = default, [Store] = default, [Write] = default,
    };

    public T Measure<T>(string stage, Func<T> work)
    {
        var (start, cpu) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        try
        {
            return work();
        }
        finally
        {
            var (elapsed, usedNow) = (Stopwatch.GetElapsedTime(start), Environment.CpuUsage.TotalTime - cpu);
            lock (_spent)
            {
                var (wall, used) = _spent[stage];
                _spent[stage] = (wall + elapsed, used + usedNow);
            }
        }
    }

    public void Measure(string stage, Action work) => Measure(stage, () =>
    {
        work();
        return 0;
    });

    /// <summary>"parse+extract 1.2 s (CPU 2.3 s), cluster …; peak working set 512 MB; GC pauses …" (stages that never ran left out).</summary>
    public override string ToString()
    {
        string stages;
        lock (_spent)
        {
            stages = string.Join(", ", _spent.Where(s => s.Value.Wall > TimeSpan.Zero).Select(s => $"{s.Key} {s.Value.Wall.TotalSeconds:0.0} s (CPU {s.Value.Cpu.TotalSeconds:0.0} s)"));
        }
        var peak = $"peak working set {MemoryFigures.PeakMegabytes:N0} MB; {MemoryFigures.GcPauses()}";
        return stages.Length > 0 ? $"{stages}; {peak}" : peak;
    }
}
