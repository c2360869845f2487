using System.Buffers;
using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Core.Text;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>
/// An ingested report as the linker takes it: each claim as an incident member (with the
/// report's text digest and signature, which tell copies apart) and as the profile the matcher
/// compares, all sharing the report's words. Reads everything of the message but its version.
/// </summary>
public sealed record LinkedReport(string ReportId, string? Title, IReadOnlyList<IncidentMember> Members, IReadOnlyList<ClaimProfile> Claims, TermVector Terms)
{
    public static LinkedReport Of(ReportIngested report)
    {
        // The body normalized and split once, for its terms, digest and signature alike.
        var words = Core.Text.Tokenizer.NormalizedWords(report.Text ?? "").ToArray();
        var terms = TermVector.OfReport(report.Title, words);
        var digest = TextDigest(words);
        var signature = Core.Scoring.TextSignature.OfWords(words);
        var members = report.Claims.Select((claim, i) => new IncidentMember(
            report.ReportId, i, report.Source, report.SourceType, report.PublishedOn, digest, claim, signature)).ToList();
        return new LinkedReport(report.ReportId, report.Title, members, members.Select(m => ClaimProfile.Of(m, terms)).ToList(), terms);
    }

    /// <summary>The membership row of one claim in the incident it was linked to.</summary>
    public MemberRow Row(int claimIndex, string incidentId, double matchProbability) =>
        Row(Claims[claimIndex], ProfileJson.Write(Members[claimIndex]), Title, incidentId, matchProbability);

    /// <summary>The membership row of a claim whose member is already written as JSON.</summary>
    public static MemberRow Row(ClaimProfile claim, string memberJson, string? title, string incidentId, double matchProbability) => new()
    {
        ReportId = claim.ReportId,
        ClaimIndex = claim.ClaimIndex,
        IncidentId = incidentId,
        MemberJson = memberJson,
        TermsJson = TermWeightsJson.Write(claim.Terms),
        Title = title,
        MatchProbability = matchProbability,
    };

    /// <summary>The first half of the SHA-256 of the words joined by spaces, in hex.</summary>
    private static string TextDigest(string[] words)
    {
        var joined = ArrayPool<byte>.Shared.Rent(JoinedUtf8.MaxByteCount(words));
        try
        {
            Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
            System.Security.Cryptography.SHA256.HashData(joined.AsSpan(0, JoinedUtf8.Write(words, joined)), hash);
            return Convert.ToHexString(hash[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(joined);
        }
    }
}
