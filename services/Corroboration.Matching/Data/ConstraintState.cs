namespace Corroboration.Matching.Data;

/// <summary>A constraint whose two claims are both members, with the incident each is in now.</summary>
public sealed record ConstraintState
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string ReportA { get; init; } = "";
    public int ClaimA { get; init; }
    public string IncidentA { get; init; } = "";
    public string ReportB { get; init; } = "";
    public int ClaimB { get; init; }
    public string IncidentB { get; init; } = "";

    public bool IsViolated => Kind == ConstraintKinds.CannotLink ? IncidentA == IncidentB : IncidentA != IncidentB;

    public override string ToString() =>
        $"{Id} ({Kind.Replace('_', '-')} {ReportA}#{ClaimA} in {IncidentA}, {ReportB}#{ClaimB} in {IncidentB})";
}
