using System.Data.Common;
using Corroboration.Core.Scoring;
using Corroboration.Ingest.Data;
using Corroboration.Matching.Data;
using Corroboration.Scoring.Data;
using Corroboration.Storage;
using Corroboration.Storage.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// The batch's SQLite file, made fresh in the services' own schemas (their migrations) and
/// written in one transaction with each store's statements prepared once, so that
/// <c>Corroboration.Host</c> started on it serves what the batch found and carries on from there.
/// It is built under a name of its own (<see cref="Building"/>) and takes the file's name only
/// once committed: a run that fails or is killed leaves the file as it was.
/// </summary>
public sealed class BatchDatabase : IDisposable
{
    private readonly string _file;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly PreparedCommand _reports;
    private readonly PreparedCommand _linkedVersions;
    private readonly PreparedCommand _incidents;
    private readonly SortedKeyLoad _blockKeys;
    private readonly PreparedCommand _members;
    private readonly PreparedCommand _scores;
    private readonly PreparedCommand _history;
    private readonly SortedKeyLoad _sources;
    private readonly PreparedCommand _counters;

    private BatchDatabase(string file, DbConnection connection, DbTransaction transaction, TrustTable trust)
    {
        (_file, _connection, _transaction, Trust) = (file, connection, transaction, trust);
        _reports = new(transaction, ReportStore.UpsertSql);
        _linkedVersions = new(transaction, IncidentStore.SetReportVersionSql);
        _incidents = new(transaction, IncidentStore.SaveIncidentSql);
        _blockKeys = new(transaction, IncidentStore.BlockKeys);
        _members = new(transaction, IncidentStore.InsertMemberSql);
        _scores = new(transaction, ScoreStore.SaveCurrentSql);
        _history = new(transaction, ScoreStore.AppendHistorySql);
        _sources = new(transaction, ScoreStore.IncidentSources);
        _counters = new(transaction, Counters.SetSql);
    }

    /// <summary>The trust a fresh database scores with: the priors by source type alone.</summary>
    public TrustTable Trust { get; }

    /// <summary>Where the database for <paramref name="file"/> is built until it is committed.</summary>
    public static string Building(string file) => file + ".building";

    /// <summary>Creates the services' tables in a new database that will replace whatever the file holds once committed.</summary>
    public static async Task<BatchDatabase> CreateAsync(string file)
    {
        Delete(Building(file)); // left by a run that was killed
        var factory = new DbConnectionFactory(Options.Create(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={Building(file)}" }));
        await MigrationRunner.ApplyAsync(factory, IngestSchema.Service, IngestSchema.Migrations);
        await MigrationRunner.ApplyAsync(factory, MatchingSchema.Service, MatchingSchema.Migrations);
        await MigrationRunner.ApplyAsync(factory, ScoringSchema.Service, ScoringSchema.Migrations);
        var trust = (await new TrustStore(factory, NullLogger<TrustStore>.Instance).LoadAsync(CancellationToken.None)).Table;
        var connection = await factory.OpenAsync();
        // Leaving the write-ahead log takes the only connection to the file: close the pooled ones.
        SqliteConnection.ClearPool((SqliteConnection)connection);
        // One long transaction touching every index: keep the pages it works on in memory (256 MB at most).
        // The log would write every page twice (once to it, once back at the checkpoint); a
        // journal in memory writes each once, and a fresh file has next to nothing to journal.
        Pragma(connection, "PRAGMA journal_mode=MEMORY; PRAGMA cache_size=-262144");
        return new BatchDatabase(file, connection, await factory.BeginWriteAsync(connection), trust);
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
        _blockKeys.Add(incident.BlockKeys, incident.Row.Id);
        foreach (var member in incident.Members)
        {
            _members.Execute(member);
        }
        _scores.Execute(incident.Score);
        _history.Execute(incident.Score);
        _sources.Add(incident.SourceKeys, incident.Row.Id);
    }

    /// <summary>Matching numbers the incidents it creates after the batch's.</summary>
    public void SetIncidentCounter(long value) => _counters.Execute(new { name = Counters.Incident, value });

    /// <summary>Writes the gathered index rows, commits, puts the file back in the services' write-ahead log mode and gives it the file's name.</summary>
    public void Commit()
    {
        _blockKeys.Load();
        _sources.Load();
        _transaction.Commit();
        Pragma(_connection, "PRAGMA journal_mode=WAL");
        Close();
        Delete(_file);
        File.Move(Building(_file), _file);
    }

    /// <summary>Closes the database; one not committed is deleted.</summary>
    public void Dispose()
    {
        if (_connection.State != System.Data.ConnectionState.Closed)
        {
            Close();
            Delete(Building(_file));
        }
    }

    private void Close()
    {
        foreach (var command in new IDisposable[] { _reports, _linkedVersions, _incidents, _blockKeys, _members, _scores, _history, _sources, _counters })
        {
            command.Dispose();
        }
        _transaction.Dispose();
        _connection.Close();
        // Not kept in the pool: a later run's connection to the same name would open this file, renamed or deleted.
        SqliteConnection.ClearPool((SqliteConnection)_connection);
        _connection.Dispose();
    }

    private static void Pragma(DbConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }
}
