using Corroboration.Protos.V1;

namespace Corroboration.Ingest.Tests;

/// <summary>Reports to submit in tests.</summary>
public static class Reports
{
    public static Report Valid(string id = "r1", string text = "An air strike hit the vegetable market in Ariha, Idlib province, on 5 October 2023, killing 12 civilians.") => new()
    {
        Id = id,
        Source = "Reuters",
        SourceType = "wire",
        PublishedAt = "2023-10-05",
        Language = "en",
        Title = "Strike on Ariha market",
        Text = text,
    };
}
