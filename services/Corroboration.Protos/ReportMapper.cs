using Corroboration.Contracts;
using Corroboration.Protos.V1;

namespace Corroboration.Protos;

/// <summary>Report in gRPC ↔ report in the interchange format.</summary>
public static class ReportMapper
{
    public static ReportPayload ToPayload(Report report) => new()
    {
        Id = report.Id,
        Source = report.Source.Length == 0 ? "unknown" : report.Source,
        SourceType = ClaimMapper.NullIfEmpty(report.SourceType),
        Url = ClaimMapper.NullIfEmpty(report.Url),
        PublishedAt = ClaimMapper.NullIfEmpty(report.PublishedAt),
        Language = ClaimMapper.NullIfEmpty(report.Language),
        Title = ClaimMapper.NullIfEmpty(report.Title),
        Text = report.Text,
        Claims = report.Claims.Count == 0 ? null : report.Claims.Select(ClaimMapper.ToPayload).ToList(),
    };

    public static Report ToProto(ReportPayload payload)
    {
        var report = new Report
        {
            Id = payload.Id,
            Source = payload.Source,
            SourceType = payload.SourceType ?? "",
            Url = payload.Url ?? "",
            PublishedAt = payload.PublishedAt ?? "",
            Language = payload.Language ?? "",
            Title = payload.Title ?? "",
            Text = payload.Text,
        };
        report.Claims.AddRange((payload.Claims ?? []).Select(ClaimMapper.ToProto));
        return report;
    }
}
