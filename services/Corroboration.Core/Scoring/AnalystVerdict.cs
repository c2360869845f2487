using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// An analyst's verdict on an incident (confirmed it happened, or refuted it), laid over the
/// score the evidence gives. The analyst has checked what the model cannot, so the verdict
/// decides the headline: a refuted incident is <c>discounted</c> and a confirmed one is no
/// longer doubted. What the evidence alone says stays visible as <c>modelConfidence</c> and in
/// the analyst's explanation line, so the override can itself be checked.
/// </summary>
public sealed record AnalystVerdict(bool Happened, string Analyst, string Reason)
{
    /// <summary>
    /// How sure an analyst's verdict is taken to be: analysts err too, and 0.99 keeps a refuted
    /// incident from reading as impossible or a confirmed one as beyond question.
    /// </summary>
    public const double Certainty = 0.99;

    public IncidentPayload ApplyTo(IncidentPayload scored)
    {
        var confidence = Happened ? Math.Max(scored.Confidence, Certainty) : Math.Min(scored.Confidence, 1 - Certainty);
        var grade = Happened
            ? scored.Grade == "discounted" ? "weak" : scored.Grade // real, though the evidence in hand does not show it
            : "discounted";
        var line = new ExplanationLine(
            "",
            $"analyst {Analyst}",
            Math.Round(LogOdds.Of(confidence) - LogOdds.Of(scored.Confidence), 3),
            $"{(Happened ? "confirmed" : "refuted")} by analyst {Analyst}: {Reason}; the evidence alone gives {scored.Confidence:0.###} ({scored.Grade})");
        return scored with
        {
            Confidence = Math.Round(confidence, 4),
            Grade = grade,
            Verdict = Happened ? "confirmed" : "refuted",
            ModelConfidence = scored.Confidence,
            Explanation = [line, .. scored.Explanation],
        };
    }
}
