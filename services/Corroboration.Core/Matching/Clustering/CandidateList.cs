using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Corroboration.Core.Matching.Clustering;

/// <summary>
/// A claim's candidate incidents, fifty at most and distinct by construction: a list where a hash
/// table would hash every id (a read of a string far away in memory) only to be walked in order.
/// Looking one up by id scans, which assigning does only for the few it bridges.
/// </summary>
internal sealed class CandidateList : IReadOnlyDictionary<string, IncidentProfile>
{
    private readonly List<KeyValuePair<string, IncidentProfile>> entries = [];

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Select(entry => entry.Key);

    public IEnumerable<IncidentProfile> Values => entries.Select(entry => entry.Value);

    public IncidentProfile this[string id] => TryGetValue(id, out var profile) ? profile : throw new KeyNotFoundException(id);

    /// <summary>Adds an incident not in the list yet.</summary>
    public void Add(string id, IncidentProfile profile) => entries.Add(new(id, profile));

    public void Clear() => entries.Clear();

    public bool ContainsKey(string id) => TryGetValue(id, out _);

    public bool TryGetValue(string id, [MaybeNullWhen(false)] out IncidentProfile profile)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, id, StringComparison.Ordinal))
            {
                profile = entry.Value;
                return true;
            }
        }
        profile = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, IncidentProfile>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
