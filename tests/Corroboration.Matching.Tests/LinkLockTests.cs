using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;
using Corroboration.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The rule <see cref="MatchingLocks"/> rests on, on PostgreSQL: while another transaction holds
/// one of an incident's keys, as a linker that can find the incident through it does, neither a
/// linker nor an analyst changes that incident, even one that does not lock that key at its start.
/// </summary>
public class LinkLockTests
{
    [PostgresFact]
    public async Task ALinkerLeavesAnIncidentAloneWhileOneOfItsKeysIsHeld()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var host = await ScaledMatchingHost.StartAsync(concurrency: 4, scratch.ConnectionString);
        var first = Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61, text: "An air strike hit the market, killing civilians, witnesses said.");
        var second = Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP", text: "An air strike hit the market, killing civilians, rescuers said.");
        await host.PublishAsync([first]);
        await host.ConsumedAsync(1);
        var incident = await IncidentOfAsync(host, "a");
        await using var connection = await host.Database.OpenAsync();
        var keys = await connection.QueryAsync<string>("SELECT block_key FROM matching_block_keys WHERE incident_id = @incident", new { incident });
        var held = keys.Except(UpFrontKeys(second)).FirstOrDefault();
        Assert.NotNull(held);

        await using (var other = await host.Database.BeginWriteAsync(connection))
        {
            await AdvisoryLocks.LockAsync(other, [MatchingLocks.Key(held)]);
            await host.PublishAsync([second]);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Null(await IncidentOfAsync(host, "b"));
        }
        await host.ConsumedAsync(2);

        Assert.Equal(incident, await IncidentOfAsync(host, "b"));
    }

    [PostgresFact]
    public async Task AnAnalystsMoveWaitsWhileAKeyOfTheIncidentIsHeld()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var host = await ScaledMatchingHost.StartAsync(concurrency: 4, scratch.ConnectionString);
        await host.PublishAsync([Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP")]);
        await host.ConsumedAsync(2);
        var incident = await IncidentOfAsync(host, "a");
        Assert.Equal(incident, await IncidentOfAsync(host, "b"));
        await using var connection = await host.Database.OpenAsync();
        var held = await connection.QueryFirstAsync<string>("SELECT block_key FROM matching_block_keys WHERE incident_id = @incident", new { incident });
        await using var scope = host.Services.CreateAsyncScope();
        var curator = scope.ServiceProvider.GetRequiredService<IncidentCurator>();

        Task<string> move;
        await using (var other = await host.Database.BeginWriteAsync(connection))
        {
            await AdvisoryLocks.LockAsync(other, [MatchingLocks.Key(held)]);
            move = curator.MoveAsync(new ClaimKey("b", 0), null, new AnalystChange("alice", "another strike"), CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.False(move.IsCompleted);
            Assert.Equal(incident, await IncidentOfAsync(host, "b"));
        }
        var own = await move;

        Assert.NotEqual(incident, own);
        Assert.Equal(own, await IncidentOfAsync(host, "b"));
    }

    /// <summary>What the linker locks at its start for a one-claim report (see IncidentLinker).</summary>
    private static IEnumerable<string> UpFrontKeys(ReportIngested report)
    {
        var member = new IncidentMember(report.ReportId, 0, report.Source, report.SourceType, report.PublishedOn, null, report.Claims[0]);
        var claim = ClaimProfile.Of(member, TermVector.FromText(report.Title + "\n" + report.Text));
        return BlockingKeys.ForClaim(claim).Concat(BlockingKeys.ForIncident(IncidentProfile.Build([claim])));
    }

    private static async Task<string?> IncidentOfAsync(ScaledMatchingHost host, string reportId)
    {
        await using var connection = await host.Database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT incident_id FROM matching_members WHERE report_id = @reportId", new { reportId });
    }
}
