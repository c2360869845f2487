using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Validation;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Learns the match model for a batch from the batch itself (unlabelled): the claims each
/// report will yield, compared as the matcher will compare them, through EM.
/// </summary>
public static class ModelLearning
{
    public static (MatchModel Model, int Pairs) Learn(IEnumerable<ReportPayload> reports)
    {
        var extractor = new ClaimExtractor(Gazetteer.LoadBundled());
        var claims = new List<ClaimProfile>();
        foreach (var report in reports.Where(r => ReportValidator.Validate(r).Count == 0))
        {
            claims.AddRange(ClaimProfile.OfReport(report, report.Claims is { Count: > 0 } given ? given : extractor.Extract(report).Claims));
        }
        return MatchModelTrainer.Train(claims, MatchModel.Default);
    }
}
