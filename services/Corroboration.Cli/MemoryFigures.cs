using System.Diagnostics;

namespace Corroboration.Cli;

/// <summary>
/// The process's peak working set and what the garbage collector cost it, as the batch commands
/// print them: on a large corpus the pauses are a good part of the time, so a change that
/// allocates less shows here before it shows in the wall clock.
/// </summary>
public static class MemoryFigures
{
    public static long PeakMegabytes => Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);

    /// <summary>
    /// "GC pauses 12.3 s (gen 0/1/2 collections 410/96/7, 21.4 GB allocated), heap 830 MB after the
    /// last": the heap the last collection left, beside the peak working set, tells what is held
    /// from what the server collector keeps in hand.
    /// </summary>
    public static string GcPauses() =>
        $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.0} s (gen 0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
        $"{GC.GetTotalAllocatedBytes() / (double)(1L << 30):0.0} GB allocated), " +
        $"heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024):N0} MB after the last";
}
