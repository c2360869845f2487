using Corroboration.Core.Matching;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>
/// One incident of <see cref="HeldTables"/>: its row and profile (null until first written, as for
/// an incident whose first claim was just placed), its blocking keys and its members in the
/// order the store lists them (report id, claim index).
/// </summary>
public sealed class HeldIncident
{
    public IncidentRow? Row { get; set; }

    public IncidentProfile? Profile { get; set; }

    public IReadOnlyList<string> Keys { get; set; } = [];

    public SortedDictionary<ClaimKey, LinkMember> Members { get; } = new();
}

