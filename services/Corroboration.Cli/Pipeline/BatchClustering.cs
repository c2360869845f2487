using System.Globalization;
using Corroboration.Core.Matching;
using Corroboration.Core.Matching.Clustering;
using Corroboration.Matching.Data;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Clusters a batch's reports in memory, one report after another as the linker takes them, with
/// the service's matcher (<see cref="IncrementalClusterer"/>), remembering which claims founded
/// their incident (their match probability is 1, as the linker records it).
/// </summary>
public sealed class BatchClustering
{
    private IncrementalClusterer? _clusterer;
    private IReadOnlyDictionary<string, List<ClaimProfile>>? _final;
    private readonly HashSet<(string ReportId, int ClaimIndex)> _founders = [];
    private long _highestId;

    public BatchClustering(MatchModel model)
    {
        Scorer = new MatchScorer(new MatchWeights { Model = model });
        _clusterer = new IncrementalClusterer(new IncidentAssigner(Scorer));
    }

    /// <summary>The matcher's scorer, with the word rarities the batch taught it.</summary>
    public MatchScorer Scorer { get; }

    public IReadOnlyDictionary<string, List<ClaimProfile>> Incidents => _final ?? _clusterer!.Incidents;

    /// <summary>The highest incident number issued: Matching's counter carries on from it.</summary>
    public long HighestId => _highestId;

    /// <summary>Clusters a report's claims; <paramref name="keys"/>, their blocking keys, when worked out already.</summary>
    public void Add(IReadOnlyList<ClaimProfile> claims, IReadOnlyList<IReadOnlyList<string>>? keys = null)
    {
        var placed = (_clusterer ?? throw new InvalidOperationException("clustering is finished")).AddReport(claims, keys);
        var before = _highestId;
        for (var i = 0; i < placed.Count; i++)
        {
            // Ids are numbered in order, so one above every id issued before this report is new: its claim founded it.
            var number = Number(placed[i]);
            if (number > before)
            {
                _founders.Add((claims[i].ReportId, claims[i].ClaimIndex));
            }
            _highestId = Math.Max(_highestId, number);
        }
    }

    /// <summary>
    /// Keeps the final incidents and lets the rest of the clusterer go (its index and incident
    /// summaries, several hundred megabytes at a million reports) before they are scored and stored.
    /// </summary>
    public void Finish()
    {
        _final = Incidents;
        _clusterer = null;
    }

    public bool Founded(ClaimProfile claim) => _founders.Contains((claim.ReportId, claim.ClaimIndex));

    private static long Number(string incidentId) =>
        long.Parse(incidentId.AsSpan(IncidentStore.IncidentIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
}
