using System.Data.Common;
using Corroboration.Core.Scoring;
using Corroboration.Ingest.Data;
using Corroboration.Matching.Data;
using Corroboration.Scoring.Data;
using Corroboration.Storage;
using Corroboration.Storage.Bulk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// The batch's SQLite file, made fresh in the services' own schemas (their migrations) and
/// written in one transaction with each store's statements prepared once, so that
/// <c>Corroboration.Host</c> started on it serves what the batch found and carries on from there.
/// </summary>
public sealed class BatchDatabase : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly PreparedCommand _reports;
    private readonly PreparedCommand _linkedVersions;
    private readonly PreparedCommand _incidents;
    private readonly PreparedCommand _blockKeys;
    private readonly PreparedCommand _members;
    private readonly PreparedCommand _scores;
    private readonly PreparedCommand _history;
    private readonly PreparedCommand _sources;
    private readonly PreparedCommand _counters;

    private BatchDatabase(DbConnection connection, DbTransaction transaction, TrustTable trust)
    {
        (_connection, _transaction, Trust) = (connection, transaction, trust);
        _reports = new(transaction, ReportStore.UpsertSql);
        _linkedVersions = new(transaction, IncidentStore.SetReportVersionSql);
        _incidents = new(transaction, IncidentStore.SaveIncidentSql);
        _blockKeys = new(transaction, IncidentStore.BlockKeys.RowSql);
        _members = new(transaction, IncidentStore.InsertMemberSql);
        _scores = new(transaction, ScoreStore.SaveCurrentSql);
        _history = new(transaction, ScoreStore.AppendHistorySql);
        _sources = new(transaction, ScoreStore.IncidentSources.RowSql);
        _counters = new(transaction, Counters.SetSql);
    }

    /// <summary>The trust a fresh database scores with: the priors by source type alone.</summary>
    public TrustTable Trust { get; }

    /// <summary>Deletes whatever database the file held and creates the services' tables in it.</summary>
    public static async Task<BatchDatabase> CreateAsync(string file)
    {
        Delete(file);
        var factory = new DbConnectionFactory(Options.Create(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={file}" }));
        await MigrationRunner.ApplyAsync(factory, IngestSchema.Service, IngestSchema.Migrations);
        await MigrationRunner.ApplyAsync(factory, MatchingSchema.Service, MatchingSchema.Migrations);
        await MigrationRunner.ApplyAsync(factory, ScoringSchema.Service, ScoringSchema.Migrations);
        var trust = (await new TrustStore(factory, NullLogger<TrustStore>.Instance).LoadAsync(CancellationToken.None)).Table;
        var connection = await factory.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // One long transaction touching every index: keep the pages it works on in memory (256 MB at most).
            pragma.CommandText = "PRAGMA cache_size=-262144";
            await pragma.ExecuteNonQueryAsync();
        }
        return new BatchDatabase(connection, await factory.BeginWriteAsync(connection), trust);
    }

    public static void Delete(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    /// <summary>Stores a report as the intake does; returns its version, or null when an identical one was stored before.</summary>
    public long? AddReport(ReportRow row) => _reports.ExecuteInt64(row);

    /// <summary>Records the version of a report that the incidents were linked from, as the linker does.</summary>
    public void SetLinkedVersion(string reportId, long version) => _linkedVersions.Execute(new { reportId, version });

    public void AddIncident(BatchIncident incident)
    {
        _incidents.ExecuteInt64(incident.Row);
        foreach (var key in incident.BlockKeys)
        {
            _blockKeys.Execute(new { key, owner = incident.Row.Id });
        }
        foreach (var member in incident.Members)
        {
            _members.Execute(member);
        }
        _scores.Execute(incident.Score);
        _history.Execute(incident.Score);
        foreach (var sourceKey in incident.SourceKeys)
        {
            _sources.Execute(new { key = sourceKey, owner = incident.Row.Id });
        }
    }

    /// <summary>Matching numbers the incidents it creates after the batch's.</summary>
    public void SetIncidentCounter(long value) => _counters.Execute(new { name = Counters.Incident, value });

    public void Commit() => _transaction.Commit();

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _reports, _linkedVersions, _incidents, _blockKeys, _members, _scores, _history, _sources, _counters })
        {
            command.Dispose();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
