using Corroboration.Contracts;
using Corroboration.Scoring;
using Corroboration.Storage;
using Corroboration.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corroboration.Reliability.Tests;

/// <summary>Two Scoring processes competing for one queue over one PostgreSQL database, fed every message twice.</summary>
public sealed class ScoringReplicaTests
{
    private const int Incidents = 30;
    private const int Versions = 3;

    [BrokerFact(postgres: true)]
    public async Task TwoReplicasStoreOneScoreVersionPerChangeAndAnnounceEachOnce()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        await using var database = await ScratchDatabase.CreateAsync();
        var settings = ServiceHost.ScoringOn(database.ConnectionString, vhost.BusSettings());
        var counts = new[] { new ConsumeCount(), new ConsumeCount() };
        var replicas = counts.Select(count => ServiceHost.Build(
            settings,
            services => services.AddScoring().AddConsumeObserver(_ => count),
            bus => bus.AddScoringConsumers())).ToList();
        foreach (var replica in replicas)
        {
            await replica.StartAsync();
        }
        try
        {
            var bus = replicas[0].Services.GetRequiredService<IBus>();
            var db = replicas[0].Services.GetRequiredService<DbConnectionFactory>();
            for (var version = 1; version <= Versions; version++)
            {
                for (var i = 0; i < Incidents; i++)
                {
                    // The same message twice (a redelivery, a relay that published again), racing between the replicas.
                    var change = new IncidentChanged($"inc-{i}", version, $"test v{version}", Members(i, version));
                    var messageId = NewId.NextGuid();
                    await bus.Publish(change, context => context.MessageId = messageId);
                    await bus.Publish(change, context => context.MessageId = messageId);
                }
                var reached = version;
                await ServiceHost.EventuallyAsync(
                    async () => await ScalarAsync(db, "SELECT COUNT(*) FROM scoring_scores WHERE matching_version = @reached", new { reached }) == Incidents,
                    $"every incident scored at version {version}");
            }
            await ServiceHost.EventuallyAsync(async () => counts.Sum(c => c.Consumed) >= 2 * Incidents * Versions, "every delivery consumed");

            await using var connection = await db.OpenAsync();
            var history = (await connection.QueryAsync<(string IncidentId, long Version, long MatchingVersion)>(
                "SELECT incident_id, version, matching_version FROM scoring_history ORDER BY incident_id, version")).ToList();
            Assert.Equal(Incidents * Versions, history.Count);
            Assert.All(history.GroupBy(h => h.IncidentId), versions =>
            {
                Assert.Equal([1L, 2L, 3L], versions.Select(v => v.Version));
                Assert.Equal([1L, 2L, 3L], versions.Select(v => v.MatchingVersion));
            });
            Assert.Equal(Incidents * Versions, await ScalarAsync(db, "SELECT COUNT(*) FROM scoring_outbox", null)); // one IncidentScored per version
            Assert.All(counts, count => Assert.True(count.Consumed > 0, "a replica consumed nothing"));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.StopAsync();
                replica.Dispose();
            }
        }
    }

    private static IncidentMember[] Members(int incident, int version) =>
        [.. Enumerable.Range(0, version).Select(n => new IncidentMember(
            $"r-{incident}-{n}", 0, $"Source {n}", n % 2 == 0 ? "ngo" : "wire", "2023-10-06", null,
            new ClaimPayload { OccurredOn = "2023-10-05", Place = "Ariha", KilledMin = 12, KilledMax = 12, Perpetrator = "Russia" }))];

    private static async Task<long> ScalarAsync(DbConnectionFactory db, string sql, object? parameters)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
