using System.Text.Json;

namespace Corroboration.EndToEnd.Tests.Faults;

/// <summary>
/// What <c>corro export</c> wrote, reduced to what must match between two runs: each incident as
/// its sorted report ids with its grade and confidence (incident ids may differ between runs).
/// </summary>
public sealed record IncidentSnapshot(IReadOnlyList<string> Incidents)
{
    public static IncidentSnapshot Read(string exportFile)
    {
        var incidents = File.ReadLines(exportFile)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(incident => string.Join(' ', incident.GetProperty("reportIds").EnumerateArray().Select(id => id.GetString()).Order(StringComparer.Ordinal))
                + $" | {incident.GetProperty("grade").GetString()} {incident.GetProperty("confidence").GetDouble():0.####}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return new IncidentSnapshot(incidents);
    }

    /// <summary>Every report id some incident holds.</summary>
    public HashSet<string> ReportIds() => Incidents.SelectMany(Members).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many times more than once a report appears in incidents, beyond what <paramref name="reference"/> has.</summary>
    public int ExtraMemberships(IncidentSnapshot reference)
    {
        var counts = Incidents.SelectMany(Members).CountBy(id => id).ToDictionary();
        var expected = reference.Incidents.SelectMany(Members).CountBy(id => id).ToDictionary();
        return counts.Sum(kv => Math.Max(0, kv.Value - expected.GetValueOrDefault(kv.Key, 1)));
    }

    private static IEnumerable<string> Members(string incident) => incident[..incident.IndexOf(" | ", StringComparison.Ordinal)].Split(' ');
}
