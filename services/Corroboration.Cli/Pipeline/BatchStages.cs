using System.Diagnostics;

namespace Corroboration.Cli.Pipeline;

/// <summary>Where a batch run's time went, stage by stage (a stage may run in several turns).</summary>
public sealed class BatchStages
{
    public const string Extract = "parse+extract";
    public const string Cluster = "cluster";
    public const string Score = "score";
    public const string Store = "store";
    public const string Write = "write";

    private readonly Dictionary<string, TimeSpan> _spent = new(StringComparer.Ordinal)
    {
        [Extract] = TimeSpan.Zero, [Cluster] = TimeSpan.Zero, [Score] = TimeSpan.Zero, [Store] = TimeSpan.Zero, [Write] = TimeSpan.Zero,
    };

    public T Measure<T>(string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            _spent[stage] += Stopwatch.GetElapsedTime(start);
        }
    }

    public void Measure(string stage, Action work) => Measure(stage, () =>
    {
        work();
        return 0;
    });

    /// <summary>"parse+extract 1.2 s, cluster 3.4 s, …; peak working set 512 MB".</summary>
    public override string ToString() =>
        string.Join(", ", _spent.Select(s => $"{s.Key} {s.Value.TotalSeconds:0.0} s"))
        + $"; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB";
}
