using Corroboration.Contracts;
using Dapper;
using MassTransit.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Messages pushed through the Matching consumer at a given concurrency, and what that left:
/// where each claim is, the incidents, and every IncidentChanged in the order it was published.
/// </summary>
public sealed record LinkingRun(
    IReadOnlyList<(string ReportId, int ClaimIndex, string IncidentId)> Members,
    IReadOnlyList<(string Id, long Version, int MemberCount)> Incidents,
    IReadOnlyList<IncidentChanged> Announced,
    int MostRunning)
{
    /// <summary>The clustering: the sets of claims that share an incident, whatever its id.</summary>
    public HashSet<string> Partition() => Members
        .GroupBy(m => m.IncidentId)
        .Select(g => string.Join(" ", g.Select(m => $"{m.ReportId}#{m.ClaimIndex}").Order(StringComparer.Ordinal)))
        .ToHashSet(StringComparer.Ordinal);

    public static async Task<LinkingRun> RunAsync(IReadOnlyList<ReportIngested> messages, int concurrency, string? postgres = null)
    {
        await using var host = await ScaledMatchingHost.StartAsync(concurrency, postgres);
        await host.PublishAsync(messages);
        await host.ConsumedAsync(messages.Count);
        return await OfAsync(host);
    }

    /// <summary>What the host's linking (and anything else done to it) left.</summary>
    public static async Task<LinkingRun> OfAsync(ScaledMatchingHost host)
    {
        await host.AnnouncedAsync();
        await using var connection = await host.Database.OpenAsync();
        var members = (await connection.QueryAsync<(string, int, string)>(
            "SELECT report_id, claim_index, incident_id FROM matching_members ORDER BY report_id, claim_index")).ToList();
        var incidents = (await connection.QueryAsync<(string, long, int)>(
            "SELECT id, version, member_count FROM matching_incidents ORDER BY id")).ToList();
        var announced = host.Harness.Published.Select<IncidentChanged>().Select(m => m.Context.Message).ToList();
        return new LinkingRun(members, incidents, announced, host.Tally.MostRunning);
    }
}
