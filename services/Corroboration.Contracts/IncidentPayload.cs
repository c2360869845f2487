namespace Corroboration.Contracts;

/// <summary>A scored incident in the interchange format (one line of <c>*.incidents.jsonl</c>).</summary>
public sealed record IncidentPayload
{
    public string Id { get; init; } = "";
    public IReadOnlyList<string> ReportIds { get; init; } = [];
    public double Confidence { get; init; }
    public string Grade { get; init; } = "weak";
    public bool Contested { get; init; }
    public string? OccurredOn { get; init; }
    public string? Place { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public CasualtyRange? Killed { get; init; }
    public IReadOnlyList<PerpetratorSupport> Perpetrators { get; init; } = [];
    public int IndependentSources { get; init; }
    public IReadOnlyList<ExplanationLine> Explanation { get; init; } = [];
    /// <summary>An analyst's verdict, <c>confirmed</c> or <c>refuted</c>, when one overrides the score; null otherwise.</summary>
    public string? Verdict { get; init; }
    /// <summary>The confidence the evidence alone gives, kept when an analyst's verdict overrides <see cref="Confidence"/>.</summary>
    public double? ModelConfidence { get; init; }
}

public sealed record CasualtyRange(int Low, int Best, int High);

public sealed record PerpetratorSupport(string Name, double Support);

public sealed record ExplanationLine(string ReportId, string Source, double Contribution, string Reason);
