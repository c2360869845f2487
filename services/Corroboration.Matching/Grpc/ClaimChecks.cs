using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults;

namespace Corroboration.Matching.Grpc;

/// <summary>The checks of claim references, which only Matching's requests carry.</summary>
public static class ClaimChecks
{
    public static RequestCheck ClaimIndex(this RequestCheck check, int value, string field) => value < 0 ? check.Add(field, "must be 0 or more") : check;

    public static RequestCheck Claim(this RequestCheck check, ClaimRef? claim, string field)
    {
        if (claim is null)
        {
            return check.Add(field, "is required");
        }
        return check.Required(claim.ReportId, field + ".reportId").ClaimIndex(claim.ClaimIndex, field + ".claimIndex");
    }
}
