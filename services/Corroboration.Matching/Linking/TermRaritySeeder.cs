using Corroboration.Core.Matching;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Before the first message is consumed, counts the terms of every report already linked, so
/// text similarity after a restart weighs words as it did before. From then on the linker
/// counts each report it links.
/// </summary>
public sealed class TermRaritySeeder(DbConnectionFactory database, TermRarity rarity, ILogger<TermRaritySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var reports = 0;
        // One row per report: its claims share the report's words.
        foreach (var json in await connection.QueryAsync<string>(new CommandDefinition(
                     "SELECT terms_json FROM matching_members WHERE claim_index = 0", cancellationToken: cancellationToken)))
        {
            rarity.Observe(ProfileJson.Terms(json));
            reports++;
        }
        logger.LogInformation("Term frequencies counted over {Reports} linked reports", reports);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
