using Corroboration.Contracts;
using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

public class AnalystVerdictTests
{
    private static readonly IncidentPayload Scored = new()
    {
        Id = "inc", Confidence = 0.97, Grade = "fair",
        Explanation = [new ExplanationLine("r1", "Reuters", 1.2, "independent wire source")],
    };

    [Fact]
    public void ARefutationDiscountsTheIncidentAndKeepsWhatTheEvidenceSaid()
    {
        var refuted = new AnalystVerdict(false, "dave", "footage from 2016").ApplyTo(Scored);

        Assert.Equal(("discounted", "refuted", 0.97, 0.01), (refuted.Grade, refuted.Verdict, refuted.ModelConfidence, refuted.Confidence));
        Assert.Equal("refuted by analyst dave: footage from 2016; the evidence alone gives 0.97 (fair)", refuted.Explanation[0].Reason);
        Assert.True(refuted.Explanation[0].Contribution < 0);
        Assert.Equal(Scored.Explanation[0], refuted.Explanation[1]);
    }

    [Fact]
    public void AConfirmationLiftsADiscountedIncidentToWeakAndItsConfidenceToTheAnalystsCertainty()
    {
        var confirmed = new AnalystVerdict(true, "erin", "site visit").ApplyTo(Scored with { Grade = "discounted", Confidence = 0.2 });

        Assert.Equal(("weak", "confirmed", AnalystVerdict.Certainty), (confirmed.Grade, confirmed.Verdict, confirmed.Confidence));
    }
}
