using Corroboration.Core.Matching;
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

    public SortedDictionary<ClaimId, LinkMember> Members { get; } = new();
}

/// <summary>A claim: its report and its index there, ordered as the store orders members.</summary>
public readonly record struct ClaimId(string ReportId, int ClaimIndex) : IComparable<ClaimId>
{
    public static ClaimId Of(MemberRow row) => new(row.ReportId, row.ClaimIndex);

    public int CompareTo(ClaimId other)
    {
        var byReport = string.CompareOrdinal(ReportId, other.ReportId);
        return byReport != 0 ? byReport : ClaimIndex.CompareTo(other.ClaimIndex);
    }
}
