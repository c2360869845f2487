using System.Text;
using System.Text.RegularExpressions;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Validation;

/// <summary>Checks a report against the interchange format; an empty result means it is valid.</summary>
public static partial class ReportValidator
{
    public const int MaxIdLength = 128;
    public const int MaxTextBytes = 1024 * 1024;

    public static IReadOnlyList<FieldViolation> Validate(ReportPayload report)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(report.Id))
        {
            violations.Add(new("id", "is required"));
        }
        else if (report.Id.Length > MaxIdLength)
        {
            violations.Add(new("id", $"must be at most {MaxIdLength} characters"));
        }
        var hasClaims = report.Claims is { Count: > 0 };
        if (string.IsNullOrWhiteSpace(report.Text) && !hasClaims)
        {
            violations.Add(new("text", "is required unless claims are given"));
        }
        else if (report.Text is not null && Encoding.UTF8.GetByteCount(report.Text) > MaxTextBytes)
        {
            violations.Add(new("text", "must be at most 1 MiB (UTF-8)"));
        }
        if (!SourceTypes.All.Contains(SourceTypes.Normalize(report.SourceType)))
        {
            violations.Add(new("sourceType", $"must be one of {string.Join(", ", SourceTypes.All)}"));
        }
        if (!string.IsNullOrEmpty(report.PublishedAt) && !IsoDates.TryParseDateOrDateTime(report.PublishedAt, out _))
        {
            violations.Add(new("publishedAt", "must be an ISO-8601 date (2015-11-29) or date-time"));
        }
        if (!string.IsNullOrEmpty(report.Language) && !LanguageTag().IsMatch(report.Language))
        {
            violations.Add(new("language", "must be a BCP-47 tag such as en or ar"));
        }
        for (var i = 0; i < (report.Claims?.Count ?? 0); i++)
        {
            ClaimValidator.Validate(report.Claims![i], $"claims[{i}].", violations);
        }
        return violations;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
