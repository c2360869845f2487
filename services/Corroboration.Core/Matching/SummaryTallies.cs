namespace Corroboration.Core.Matching;

/// <summary>
/// The values reported most often among the members added so far, in ordinal order: an
/// incident's place names, its governorates. Counts only grow, so the top count is kept as they
/// do and the list is made again only when the values at the top change.
/// </summary>
internal sealed class MostReportedTally
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private int top;
    private List<string>? most;

    public void Add(string? value)
    {
        if (value is null)
        {
            return;
        }
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _);
        count++;
        if (count > top)
        {
            // The value alone at the top now: the list stays if it was already just this value.
            most = most is [var only] && only == value ? most : null;
            top = count;
        }
        else if (count == top)
        {
            most = null; // one more value at the top
        }
    }

    /// <summary>The most reported values; the same list until they change, so it must not be altered.</summary>
    public List<string> Most()
    {
        if (most is null)
        {
            most = [];
            foreach (var (value, count) in counts)
            {
                if (count == top)
                {
                    most.Add(value);
                }
            }
            most.Sort(StringComparer.Ordinal);
        }
        return most;
    }

    public void Clear()
    {
        counts.Clear();
        (top, most) = (0, null);
    }
}

/// <summary>
/// Each value once, ignoring case, with the first spelling seen, in ordinal order: an incident's
/// perpetrators, sources, weapons and targets. The list is made again only when a value is new.
/// </summary>
internal sealed class DistinctTally
{
    private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
    private List<string>? distinct;

    public void Add(string? value)
    {
        if (value is not null && seen.Add(value))
        {
            distinct = null;
        }
    }

    public void AddAll(IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }
    }

    /// <summary>The values; the same list until one is added, so it must not be altered.</summary>
    public List<string> Values()
    {
        if (distinct is null)
        {
            distinct = new List<string>(seen);
            distinct.Sort(StringComparer.Ordinal);
        }
        return distinct;
    }

    public void Clear()
    {
        seen.Clear();
        distinct = null;
    }
}
