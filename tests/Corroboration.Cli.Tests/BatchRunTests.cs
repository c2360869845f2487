using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Microsoft.Data.Sqlite;

namespace Corroboration.Cli.Tests;

/// <summary>
/// <c>corroborate</c>'s batch path, run in-process in a throwaway folder: what it tells of bad
/// input, how it treats re-sent reports, and that it writes what the message pipeline writes.
/// </summary>
[Collection("Console")]
public sealed class BatchRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-batch-").FullName;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    [Fact]
    public async Task TheBatchGroupsAndGradesTheSampleAsTheMessagePipelineDoes()
    {
        var (batch, piped) = (Path.Combine(_folder, "batch.jsonl"), Path.Combine(_folder, "piped.jsonl"));

        var (code, stdout, _) = await Corro.RunAsync("corroborate", "--in", Sample, "--out", batch, "--db", Path.Combine(_folder, "batch.db"), "--stats");
        await Corro.RunAsync("corroborate", "--pipeline", "--in", Sample, "--out", piped, "--db", Path.Combine(_folder, "piped.db"));

        Assert.Equal(0, code);
        Assert.Contains("→ 4 incidents (contested 2, fair 2)", stdout);
        Assert.Matches(@"stages: parse\+extract [\d.]+ s \(CPU [\d.]+ s\), cluster .*, store .*; peak working set [\d,]+ MB; GC pauses [\d.]+ s", stdout);
        Assert.Equal(Scored(piped), Scored(batch));
    }

    [Fact]
    public async Task BadLinesAndRejectedReportsAreToldByTheirLineNumberCountingBlankLines()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var lines = File.ReadAllLines(Sample).ToList();
        lines.Insert(1, "");
        lines.Insert(3, "null");
        lines.Insert(5, """{"id":"no-text","source":"x","text":""}""");
        File.WriteAllLines(input, lines);

        var (code, stdout, stderr) = await Corro.RunAsync("corroborate", "--in", input, "--out", Path.Combine(_folder, "out.jsonl"), "--db", Path.Combine(_folder, "batch.db"));

        Assert.Equal(0, code);
        Assert.Contains("in.jsonl:4: the line is JSON null, not an object; line skipped", stderr);
        Assert.Contains("in.jsonl:6: report 'no-text' rejected: text", stderr);
        Assert.Contains("corroborate: 11 reports (2 lines rejected) → 4 incidents", stdout);
    }

    [Fact]
    public async Task AReSentReportIsAnUpdateWhoseLastVersionIsLinkedAndAnIdenticalOneChangesNothing()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var lines = File.ReadAllLines(Sample).ToList();
        var hospitalMedia = JsonNode.Parse(lines.Single(l => l.Contains("\"sample-hospital-media\"")))!;
        var ariha = JsonNode.Parse(lines.Single(l => l.Contains("\"sample-reuters-ariha\"")))!;
        // Enab Baladi's report, rewritten to tell of the Ariha market strike instead of the hospital.
        hospitalMedia["title"] = ariha["title"]!.GetValue<string>();
        hospitalMedia["text"] = ariha["text"]!.GetValue<string>();
        hospitalMedia["publishedAt"] = ariha["publishedAt"]!.GetValue<string>();
        lines.Add(hospitalMedia.ToJsonString());
        lines.Add(lines.Single(l => l.Contains("\"sample-atarib-social\"")));
        File.WriteAllLines(input, lines);
        var (output, database) = (Path.Combine(_folder, "out.jsonl"), Path.Combine(_folder, "batch.db"));

        var (code, stdout, _) = await Corro.RunAsync("corroborate", "--in", input, "--out", output, "--db", database);

        Assert.Equal(0, code);
        Assert.Contains("corroborate: 13 reports (0 lines rejected)", stdout);
        var incidents = Incidents(output);
        Assert.Single(incidents, i => i.ReportIds.Contains("sample-hospital-media"));
        Assert.Contains("sample-reuters-ariha", incidents.Single(i => i.ReportIds.Contains("sample-hospital-media")).ReportIds);
        Assert.Equal(["sample-coded-hospital"], incidents.Single(i => i.ReportIds.Contains("sample-coded-hospital")).ReportIds);
        Assert.Equal(2L, Scalar(database, "SELECT version FROM ingest_reports WHERE id = 'sample-hospital-media'"));
        Assert.Equal(2L, Scalar(database, "SELECT version FROM matching_reports WHERE report_id = 'sample-hospital-media'"));
        Assert.Equal(1L, Scalar(database, "SELECT version FROM ingest_reports WHERE id = 'sample-atarib-social'"));
    }

    [Fact]
    public async Task TheDatabaseHoldsEveryReportIncidentMemberAndScoreAndCountsIncidentsOnFromTheBatch()
    {
        var (output, database) = (Path.Combine(_folder, "out.jsonl"), Path.Combine(_folder, "batch.db"));

        await Corro.RunAsync("corroborate", "--in", Sample, "--out", output, "--db", database);

        var incidents = Incidents(output);
        Assert.Equal(11L, Scalar(database, "SELECT COUNT(*) FROM ingest_reports"));
        Assert.Equal((long)incidents.Count, Scalar(database, "SELECT COUNT(*) FROM matching_incidents"));
        Assert.Equal((long)incidents.Count, Scalar(database, "SELECT COUNT(*) FROM scoring_history"));
        Assert.Equal(incidents.Sum(i => (long)i.ReportIds.Count), Scalar(database, "SELECT COUNT(DISTINCT report_id) FROM matching_members"));
        Assert.Equal(incidents.Select(i => long.Parse(i.Id["inc-".Length..])).Max(), Scalar(database, "SELECT value FROM matching_counters WHERE name = 'incident'"));
        Assert.All(incidents, i => Assert.Equal(JsonSerializer.Serialize(i, InterchangeJson.Options),
            Text(database, $"SELECT incident_json FROM scoring_scores WHERE incident_id = '{i.Id}'")));
    }

    [Fact]
    public async Task TheDatabaseHasTheServicesSchemaAndTheIndexRowsTheMessagePipelineWrites()
    {
        var (batch, piped) = (Path.Combine(_folder, "batch.jsonl"), Path.Combine(_folder, "piped.jsonl"));
        var (batchDb, pipedDb) = (Path.Combine(_folder, "batch.db"), Path.Combine(_folder, "piped.db"));

        await Corro.RunAsync("corroborate", "--in", Sample, "--out", batch, "--db", batchDb);
        await Corro.RunAsync("corroborate", "--pipeline", "--in", Sample, "--out", piped, "--db", pipedDb);

        // The batch writes these rows its own way (gathered, then in key order with the indexes rebuilt):
        // the tables, indexes and rows must come out as the services' own writes leave them.
        const string schema = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') FROM sqlite_master";
        Assert.Equal(Rows(pipedDb, schema), Rows(batchDb, schema));
        foreach (var (table, key) in new[] { ("matching_block_keys", "block_key"), ("scoring_incident_sources", "source_key") })
        {
            var sql = $"SELECT {key} || ' ' || incident_id FROM {table}";
            Assert.NotEmpty(Rows(batchDb, sql));
            Assert.Equal(KeyedByReports(pipedDb, piped, sql), KeyedByReports(batchDb, batch, sql));
        }
    }

    [Fact]
    public async Task AnOutputThatCannotBeWrittenFailsTheRunWithTheDevicesErrorAndLeavesTheEarlierDatabase()
    {
        // Enough incidents (66 KB) that writes fail on the thread storing them, before the file is
        // closed: /dev/full (Linux) fails every write.
        var (input, database) = (Path.Combine(_folder, "syn.jsonl"), Path.Combine(_folder, "batch.db"));
        await Corro.RunAsync("generate", "--reports", "300", "--seed", "5", "--out", input, "--gold", Path.Combine(_folder, "syn.gold.tsv"));
        await Corro.RunAsync("corroborate", "--in", Sample, "--out", Path.Combine(_folder, "sample.jsonl"), "--db", database);

        var failure = await Assert.ThrowsAsync<TargetInvocationException>(() =>
            Corro.RunAsync("corroborate", "--in", input, "--out", "/dev/full", "--db", database));

        var io = Assert.IsType<IOException>(failure.InnerException);
        Assert.Contains("space", io.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(11, Scalar(database, "SELECT COUNT(*) FROM ingest_reports"));
        Assert.Equal(4, Scalar(database, "SELECT COUNT(*) FROM scoring_scores"));
        Assert.Empty(Directory.GetFiles(_folder, "*.building*"));
    }

    /// <summary>Each incident as its reports, grade and confidence: what a run decides, whatever ids it numbered the incidents with.</summary>
    private static List<string> Scored(string path) =>
        Incidents(path).Select(i => $"{string.Join(",", i.ReportIds)} {i.Grade} {i.Confidence}").Order().ToList();

    private static List<IncidentPayload> Incidents(string path) =>
        File.ReadAllLines(path).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();

    /// <summary>Rows of "key incident-id" with the incident told by its reports: the same whatever ids a run numbered incidents with.</summary>
    private static List<string> KeyedByReports(string database, string output, string sql)
    {
        var reports = Incidents(output).ToDictionary(i => i.Id, i => string.Join(",", i.ReportIds.Order(StringComparer.Ordinal)));
        return Rows(database, sql).Select(row => row[..row.LastIndexOf(' ')] + " " + reports[row[(row.LastIndexOf(' ') + 1)..]])
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every row of a one-column query, sorted.</summary>
    private static List<string> Rows(string database, string sql) => Query(database, sql, command =>
    {
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows.Order(StringComparer.Ordinal).ToList();
    });

    private static long Scalar(string database, string sql) => Convert.ToInt64(Query(database, sql, command => command.ExecuteScalar()));

    private static string Text(string database, string sql) => (string)Query(database, sql, command => command.ExecuteScalar())!;

    private static T Query<T>(string database, string sql, Func<SqliteCommand, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return read(command);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
