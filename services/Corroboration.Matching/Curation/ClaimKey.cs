using Corroboration.Matching.Data;

namespace Corroboration.Matching.Curation;

/// <summary>One claim of one report, ordered by report id, then claim index.</summary>
public sealed record ClaimKey(string ReportId, int ClaimIndex) : IComparable<ClaimKey>
{
    public static ClaimKey Of(MemberRow row) => new(row.ReportId, row.ClaimIndex);

    public int CompareTo(ClaimKey? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byReport = string.CompareOrdinal(ReportId, other.ReportId);
        return byReport != 0 ? byReport : ClaimIndex.CompareTo(other.ClaimIndex);
    }

    public override string ToString() => $"{ReportId}#{ClaimIndex}";
}
