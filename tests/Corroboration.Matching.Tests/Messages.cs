using Corroboration.Contracts;

namespace Corroboration.Matching.Tests;

/// <summary>Reports as Ingest would announce them, and their batches.</summary>
public static class Messages
{
    public static ReportIngested Report(string id, string date, string place, double lat, double lon, long version = 1, string source = "Reuters", string text = "An air strike hit the market, killing civilians.") =>
        new(id, version, source, "wire", "en", date, "Strike in " + place, text,
            [new ClaimPayload { OccurredOn = date, Place = place, Admin1 = "Idlib", Lat = lat, Lon = lon, KilledMin = 12, KilledMax = 12 }]);

    public static ReportBatchIngested Batch(params ReportIngested[] reports) => new(reports);
}
