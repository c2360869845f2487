using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Storage;
using Corroboration.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The linker holding the tables in memory (<c>Matching:Linking = held</c>) must leave the store
/// exactly as linking statement by statement does: the same members in the same incidents with the
/// same probabilities, the same incident rows and versions, the same index rows, and the same
/// last announcement of every incident. The reports are synthetic ones that grow, bridge and
/// merge incidents, with updates that withdraw claims; halfway another writer is made to appear,
/// so the second half links against tables read back from the store.
/// </summary>
public class HeldLinkingTests
{
    private static readonly Dictionary<string, string> Held = new() { [Extensions.LinkingSettingName] = "held" };

    [Fact]
    public Task HeldTablesLeaveSqliteAsStoredLinkingDoes() => CompareAsync(null, null);

    [PostgresFact]
    public async Task HeldTablesLeavePostgresAsStoredLinkingDoes()
    {
        await using var stored = await ScratchDatabase.CreateAsync();
        await using var held = await ScratchDatabase.CreateAsync();
        await CompareAsync(stored.ConnectionString, held.ConnectionString);
    }

    private static async Task CompareAsync(string? storedDatabase, string? heldDatabase)
    {
        var messages = Messages();
        var (firstHalf, secondHalf) = (messages[..(messages.Count / 2)], messages[(messages.Count / 2)..]);

        await using var stored = await ScaledMatchingHost.StartAsync(1, storedDatabase);
        await LinkAsync(stored, messages);
        await using var held = await ScaledMatchingHost.StartAsync(1, heldDatabase, Held);
        await LinkAsync(held, firstHalf);
        await AnotherWriterAsync(held);
        await LinkAsync(held, secondHalf);

        var (expected, actual) = (await TablesAsync(stored), await TablesAsync(held));
        Assert.True(expected.Incidents.Count > 100 && expected.Incidents.Any(i => i.MemberCount >= 5), "too little clustering to compare");
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected.Incidents, actual.Incidents);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Counters, actual.Counters);
        Assert.Equal(LastAnnouncements(stored), LastAnnouncements(held));
    }

    /// <summary>
    /// Reports published one message each, as fast as the bus takes them, are linked in the order
    /// they were published: the store ends as linking them in that order directly leaves it.
    /// </summary>
    [Fact]
    public async Task MessagesAreLinkedInTheOrderTheyWerePublished()
    {
        var messages = Messages();
        await using var direct = await ScaledMatchingHost.StartAsync(1, settings: Held);
        await LinkAsync(direct, messages);
        await using var bus = await ScaledMatchingHost.StartAsync(1, settings: Held);

        await bus.PublishAsync(messages);
        await bus.ConsumedAsync(messages.Count);
        await bus.AnnouncedAsync();

        Assert.Equal((await TablesAsync(direct)).Members, (await TablesAsync(bus)).Members);
    }

    /// <summary>Counts a write of the tables as an analyst's change does, which makes the linker read them again.</summary>
    private static async Task AnotherWriterAsync(ScaledMatchingHost host)
    {
        await using var connection = await host.Database.OpenAsync();
        await connection.ExecuteAsync("UPDATE matching_counters SET value = value + 1 WHERE name = @name", new { name = Counters.Tables });
    }

    /// <summary>
    /// Links the reports in messages of 37, as a stream's rounds arrive, through the linker itself
    /// (<see cref="MessagesAreLinkedInTheOrderTheyWerePublished"/> checks the bus keeps the order).
    /// </summary>
    private static async Task LinkAsync(ScaledMatchingHost host, IReadOnlyList<ReportIngested> messages)
    {
        foreach (var batch in messages.Chunk(37))
        {
            using var scope = host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IncidentLinker>()
                .LinkAsync(new IncidentLinker.Delivery(batch, Guid.NewGuid()), CancellationToken.None);
        }
        await host.AnnouncedAsync();
    }

    /// <summary>Synthetic reports as Ingest announces them, then every tenth again as version 2 with another's claims.</summary>
    private static List<ReportIngested> Messages()
    {
        var places = Gazetteer.LoadBundled();
        var extractor = new ClaimExtractor(places);
        var messages = new SyntheticCorpus(places, seed: 4).Generate(500).Select(item =>
        {
            var report = item.Report;
            var extracted = extractor.Extract(report);
            return new ReportIngested(report.Id, 1, report.Source, report.SourceType ?? "wire", extracted.Language,
                report.PublishedAt is { Length: >= 10 } published ? published[..10] : null, report.Title, report.Text, extracted.Claims);
        }).ToList();
        var updates = messages.Where((_, i) => i % 10 == 3)
            .Select((m, i) => m with { Version = 2, Claims = messages[(i * 37 + 11) % messages.Count].Claims }).ToList();
        return [.. messages, .. updates];
    }

    private sealed record Tables(List<string> Members, List<IncidentRow> Incidents, List<string> Keys, List<string> Counters);

    private static async Task<Tables> TablesAsync(ScaledMatchingHost host)
    {
        await using var connection = await host.Database.OpenAsync();
        var members = (await connection.QueryAsync<(string, long, string, double, string?)>(
            "SELECT report_id, claim_index, incident_id, match_probability, placed_by FROM matching_members ORDER BY report_id, claim_index"))
            .Select(m => m.ToString()).ToList();
        // Every column but the update time, a clock's reading.
        var incidents = (await connection.QueryAsync<IncidentRow>("""
            SELECT id, version, occurred_on AS OccurredOn, place, profile_json AS ProfileJson, search_text AS SearchText, member_count AS MemberCount
            FROM matching_incidents ORDER BY id
            """)).ToList();
        var keys = (await connection.QueryAsync<string>("SELECT incident_id || ' ' || block_key FROM matching_block_keys"))
            .Order(StringComparer.Ordinal).ToList();
        // The tables counter counts the held linker's batches (and no stored linker's): not compared.
        var counters = (await connection.QueryAsync<string>("SELECT name || '=' || value FROM matching_counters WHERE name <> 'tables'"))
            .Concat(await connection.QueryAsync<string>("SELECT report_id || '=' || version FROM matching_reports"))
            .Order(StringComparer.Ordinal).ToList();
        return new Tables(members, incidents, keys, counters);
    }

    private static List<string> LastAnnouncements(ScaledMatchingHost host) =>
        host.Harness.Published.Select<IncidentChanged>().Select(m => m.Context.Message)
            .GroupBy(c => c.IncidentId).Select(g => g.MaxBy(c => c.Version)!)
            .Select(c => $"{c.IncidentId} v{c.Version}: {string.Join(" ", c.Members.Select(m => $"{m.ReportId}#{m.ClaimIndex}"))}")
            .Order(StringComparer.Ordinal).ToList();
}
