namespace Corroboration.Core.Matching;

/// <summary>
/// An incident's centroids (of all its members, and of each script's) kept as running sums, so
/// that a member added at the end is summed once instead of again on every later change. Sums
/// are added in member order, as <see cref="TermVector.Centroid"/> adds them, so the centroids
/// are the same to the last bit. Only for an incident whose every member is summarised
/// (<see cref="IncidentProfile.MaxSummarised"/>): past that the oldest member leaves the
/// summary, and a sum cannot take a member back exactly.
/// </summary>
public sealed class RunningCentroids
{
    private readonly Dictionary<string, double> all = new(StringComparer.Ordinal);
    // Kept only once the members write in more than one script; until then the whole sum is the one script's.
    private Dictionary<string, Dictionary<string, double>>? byScript;
    private string firstScript = "";
    private readonly List<ClaimProfile> summed = [];

    /// <summary>
    /// The centroids of <paramref name="members"/>, summing those after the ones summed last time.
    /// Members that are not the summed ones followed by new ones are summed afresh.
    /// </summary>
    internal (TermVector All, Dictionary<string, TermVector> ByScript) Centroids(IReadOnlyList<ClaimProfile> members)
    {
        if (!StartWithSummed(members))
        {
            summed.Clear();
            all.Clear();
            byScript = null;
        }
        for (var i = summed.Count; i < members.Count; i++)
        {
            Add(members[i].Terms);
            summed.Add(members[i]);
        }
        var centroid = TermVector.FromWeights(all);
        if (byScript is null)
        {
            return (centroid, new(StringComparer.Ordinal) { [firstScript] = centroid });
        }
        var centroids = new Dictionary<string, TermVector>(byScript.Count, StringComparer.Ordinal);
        foreach (var (script, sum) in byScript)
        {
            centroids[script] = TermVector.FromWeights(sum);
        }
        return (centroid, centroids);
    }

    // A reference check per member: far cheaper than summing its eighty terms again.
    private bool StartWithSummed(IReadOnlyList<ClaimProfile> members)
    {
        if (members.Count < summed.Count)
        {
            return false;
        }
        for (var i = 0; i < summed.Count; i++)
        {
            if (!ReferenceEquals(members[i], summed[i]))
            {
                return false;
            }
        }
        return true;
    }

    private void Add(TermVector terms)
    {
        if (summed.Count == 0)
        {
            firstScript = terms.Script;
        }
        else if (byScript is null && terms.Script != firstScript)
        {
            // The first member in another script: so far the whole sum is the first script's.
            byScript = new(StringComparer.Ordinal) { [firstScript] = new(all, StringComparer.Ordinal) };
        }
        TermVector.AddTo(all, terms);
        if (byScript is not null)
        {
            if (!byScript.TryGetValue(terms.Script, out var sum))
            {
                byScript[terms.Script] = sum = new(StringComparer.Ordinal);
            }
            TermVector.AddTo(sum, terms);
        }
    }
}
