using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Protos.V1;

namespace Corroboration.Matching.Grpc;

/// <summary>Constraints, explanations and audit entries as gRPC messages.</summary>
public static class CurationMapper
{
    public static string? Kind(ConstraintKind kind) => kind switch
    {
        ConstraintKind.MustLink => ConstraintKinds.MustLink,
        ConstraintKind.CannotLink => ConstraintKinds.CannotLink,
        _ => null,
    };

    public static Constraint ToProto(ConstraintRow row) => new()
    {
        Id = row.Id,
        Kind = row.Kind == ConstraintKinds.MustLink ? ConstraintKind.MustLink : ConstraintKind.CannotLink,
        ClaimA = new ClaimRef { ReportId = row.ReportA, ClaimIndex = row.ClaimA },
        ClaimB = new ClaimRef { ReportId = row.ReportB, ClaimIndex = row.ClaimB },
        Analyst = row.Analyst,
        Reason = row.Reason,
        CreatedAt = row.CreatedAt,
    };

    public static ExplainMatchResponse ToProto(MatchExplanation explanation)
    {
        var response = new ExplainMatchResponse
        {
            Weight = explanation.Decision.Weight,
            Probability = explanation.Decision.Probability,
            IsMember = explanation.IsMember,
        };
        response.Features.AddRange(explanation.Decision.Contributions.Select(c => new FeatureWeight { Feature = c.Feature, Level = c.Level, Weight = c.Weight }));
        return response;
    }

    public static AuditEntry ToProto(AuditRow row)
    {
        var entry = new AuditEntry
        {
            Id = row.Id,
            At = row.ActedAt,
            Analyst = row.Analyst,
            Action = row.Action,
            Details = row.Details,
            Reason = row.Reason,
        };
        entry.IncidentIds.AddRange(row.IncidentIds);
        return entry;
    }
}
