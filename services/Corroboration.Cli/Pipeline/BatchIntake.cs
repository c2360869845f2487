using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Core.Validation;
using Corroboration.Ingest.Intake;
using Corroboration.Matching.Linking;
using Microsoft.Extensions.Logging;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// The batch's intake: streams the JSONL file in chunks, parses, validates and prepares each
/// chunk's reports in parallel (claims extracted where a report has none, as Ingest's intake
/// does), then, in file order, tells a bad line or rejected report on stderr by its number and
/// stores the rest. A re-sent id is an update: the latest version replaces the earlier one and
/// is linked where it arrived, as the service withdraws and relinks it; an identical re-send
/// changes nothing. Report texts are stored and let go; only what linking compares is kept in
/// memory, and the members and titles scoring and storing need go to the spill file.
/// </summary>
public sealed class BatchIntake(
    string input, ClaimExtractor extractor, BatchDatabase database, MemberSpill spill, StreamedClustering clustering, BatchStages stages, ProgressLine progress, ILogger logger)
{
    private const int ChunkSize = 2048;

    private readonly List<BatchReport?> _arrivals = [];
    private readonly Dictionary<string, int> _arrivalOf = new(StringComparer.Ordinal);

    /// <summary>Reports taken in: accepted, updated or unchanged.</summary>
    public int Reports { get; private set; }

    /// <summary>Lines that could not be read and reports that were rejected.</summary>
    public int Rejected { get; private set; }

    /// <summary>The current version of every report, in the order they are to be linked.</summary>
    public IEnumerable<BatchReport> InLinkingOrder => _arrivals.OfType<BatchReport>();

    /// <summary>How many reports <see cref="InLinkingOrder"/> holds: one per id.</summary>
    public int Distinct => _arrivalOf.Count;

    /// <summary>The current version of the report with this id.</summary>
    public BatchReport Report(string reportId) => _arrivals[_arrivalOf[reportId]]!;

    public async Task ReadAsync()
    {
        using var reader = new StreamReader(input);
        var chunk = new List<(int LineNumber, string Line)>(ChunkSize);
        await foreach (var line in JsonlReader.ReadLinesAsync(reader))
        {
            chunk.Add(line);
            if (chunk.Count == ChunkSize)
            {
                Take(chunk);
                chunk.Clear();
            }
        }
        Take(chunk);
        spill.Flush();
    }

    private void Take(List<(int LineNumber, string Line)> chunk)
    {
        // While clustering is a chunk behind, extract on one core and leave it the other: the
        // reports it clusters one after another set the pace, and a full core keeps it from falling behind.
        // Four chunks behind, wait: reading further ahead gains nothing and holds the claims' keys.
        clustering.WaitForBacklogBelow(4 * ChunkSize);
        var cores = clustering.Backlog > ChunkSize ? 1 : Environment.ProcessorCount;
        var prepared = stages.Measure(BatchStages.Extract, () =>
            chunk.AsParallel().AsOrdered().WithDegreeOfParallelism(cores).Select(l => Prepare(l.LineNumber, l.Line)).ToList());
        stages.Measure(BatchStages.Store, () =>
        {
            foreach (var line in prepared)
            {
                if (line.Report is null)
                {
                    Rejected++;
                    LineProblems.Tell(progress, input, line.LineNumber, line.Error!);
                    continue;
                }
                Reports++;
                if (database.AddReport(line.Report.Row) is { } version)
                {
                    database.SetLinkedVersion(line.Report.Row.Id, version);
                    Arrive(new BatchReport(line.Report.Report.Id, line.Claims!, spill.Append(line.Spilled!)), line.Keys!);
                }
            }
        });
        progress.Show($"read {chunk.LastOrDefault().LineNumber:N0} lines, {Reports:N0} reports");
    }

    private void Arrive(BatchReport report, IReadOnlyList<IReadOnlyList<string>> keys)
    {
        if (_arrivalOf.TryGetValue(report.ReportId, out var earlier))
        {
            _arrivals[earlier] = null;
            clustering.Reordered();
        }
        _arrivalOf[report.ReportId] = _arrivals.Count;
        _arrivals.Add(report);
        clustering.Arrived(report, keys);
    }

    private PreparedLine Prepare(int lineNumber, string text)
    {
        var line = JsonlReader.Parse<ReportPayload>(lineNumber, text);
        if (line.Value is not { } submitted)
        {
            return new PreparedLine(lineNumber, LineProblems.Unreadable(line.Error!), null, null, null, null);
        }
        var violations = ReportValidator.Validate(submitted);
        if (violations.Count > 0)
        {
            return new PreparedLine(lineNumber, LineProblems.Rejected(submitted.Id, violations), null, null, null, null);
        }
        var normalized = ReportPreparation.Normalize(submitted);
        var report = ReportPreparation.Prepare(normalized, ReportPreparation.ContentHash(normalized), extractor, logger);
        var linked = LinkedReport.Of(report.Announcement(version: 0));
        return new PreparedLine(lineNumber, null, report, linked.Claims, linked.Claims.Select(BlockingKeys.ForClaim).ToList(),
            MemberSpill.Pack(linked.Title, linked.Members.Select(ProfileJson.Write).ToList()));
    }

    private sealed record PreparedLine(
        int LineNumber, string? Error, PreparedReport? Report, IReadOnlyList<ClaimProfile>? Claims, IReadOnlyList<IReadOnlyList<string>>? Keys, byte[]? Spilled);
}
