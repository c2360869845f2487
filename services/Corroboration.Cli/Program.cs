using Corroboration.Cli;
using Corroboration.Cli.Commands;

const string usage = """
    usage: corro <command> [options]

      corroborate --in REPORTS.jsonl --out INCIDENTS.jsonl [--db FILE] [--learn-model] [--model MODEL.json]
                  [--stats] [--pipeline]
          Corroborates the reports as a batch in this process and writes the incidents (incident
          id order), storing reports, incidents and scores in the SQLite file (default
          corro-batch.db in the working folder, recreated each run) that Corroboration.Host can
          serve and carry on from. --stats prints the time of each stage and the peak working
          set; --pipeline sends each report through the services' message pipeline instead
          (in-memory bus; slow, for comparison).
          --learn-model (experimental; over-links for now) first learns the match model from
          the reports themselves by EM, unlabelled; --model writes the model used (prior, m
          and u per comparison level).

      evaluate --in REPORTS.jsonl --gold GOLD.tsv [--out INCIDENTS.jsonl] [--db FILE]
          Runs the same batch as corroborate, then prints pairwise and B-cubed precision,
          recall and F1 of the incidents against the gold TSV (report id, gold incident; more
          columns ignored), the same figures as score.py. Each gold report counts in the first
          incident listing it, or alone if none does; reports without gold are ignored. The
          incidents are kept only with --out.

      calibrate --in X.reports.jsonl --gold X.gold.tsv [--out INCIDENTS.jsonl] [--db FILE]
          Runs the same batch on a corpus whose truth is known (gold column 3: real or
          hoax, as generate writes it) and prints the expected calibration error of the
          confidence (10 equal-width bins, one case per incident, real when the gold incident
          most of its reports describe is), a reliability table, and the AUC of confidence
          for real against hoax incidents beside the AUC of the raw report count.

      evaluate-extraction --in REPORTS.jsonl --gold GOLD.tsv
          Extracts claims from each report and prints how often the main claim's date, place
          and perpetrator match the gold labels (Airwars gold layout).

      generate --reports N --seed S --out X.reports.jsonl --gold X.gold.tsv
          Writes a synthetic corpus of exactly N reports (same seed, same bytes): incidents in
          real gazetteer places 2021-2023, English and Arabic reports from NGOs, wires, media,
          local monitors, social accounts and the parties, with copies, citations, denials and
          hoaxes. Gold TSV columns: report id, incident id, real|hoax, true date (yyyy-MM-dd),
          place, perpetrator, governorate (admin1), country; score.py reads the first two.

      import --in REPORTS.jsonl --ingest URL [--token T] [--batch N] [--retry-for SECONDS]
          Sends the reports to a running Ingest service over gRPC (client streaming, N per
          batch, default 100). A batch that fails because the server is unavailable is sent
          again with backoff for up to --retry-for seconds (default 120); re-sending is
          idempotent. Prints accepted / updated / unchanged / rejected; a bad line or a
          rejected report is told as FILE:LINE: reason.

      export --scoring URL --out INCIDENTS.jsonl [--token T] [--retry-for SECONDS]
          Writes every scored incident of a running Scoring service, in the format
          corroborate writes (incident id order).

      health --url URL [--token T] [--service NAME] [--timeout SECONDS]
          Asks grpc.health.v1 once; prints the status, exit 0 only when SERVING.

      token --signing-key KEY [--roles ingest,analyst,reader] [--subject NAME] [--days N]
          Prints a JWT signed with KEY (or the CORRO_SIGNING_KEY variable), the services'
          Auth:SigningKey, holding the roles given (default all three) for --subject (default
          the user name; it is what the audit records for an analyst) and valid --days days
          (default 7). --issuer and --audience must match Auth:Issuer and Auth:Audience when
          those are not the default, corroboration.

          Commands that talk to a server send --token (else the CORRO_TOKEN variable) as
          "authorization: Bearer TOKEN"; without one the server must be open.

      loadtest --ingest URL --scoring URL --reports N --rate R|max --unary|--stream [--token T]
               [--batch N] [--concurrency C] [--seed S] [--idle SECONDS] [--run TAG]
          Submits N synthetic reports (seed S, default 7; ids prefixed with the run tag, so a
          rerun is new) to a running cluster at R reports/s or as fast as it takes them, one
          SubmitReport call each (--unary, C in flight, default 64) or N per SubmitReports
          client stream (--stream, default 100, C streams, default 4), while watching
          WatchScores. Prints reports/s accepted and scored, gRPC calls/s, and p50/p95/p99/max
          latency from Ingest's answer to the first score listing the report (waiting until
          all are scored or none came for --idle seconds, default 30).

      benchmark --reports N [--seed S]
          Batch corroboration of a synthetic corpus generated in memory (extraction in
          parallel, the matcher's clustering in memory, no bus or database) and prints the
          time, peak memory, the fraction of all claim pairs compared, and B-cubed figures.

      benchmark --stage extraction (--reports N [--seed S] | --in REPORTS.jsonl) [--passes K] [--threads T] [--claims OUT.jsonl]
          Claim extraction alone on T threads (default one per core): reports/s, reports per
          CPU second and bytes allocated per report for each of K passes (default 3);
          --claims writes each report's extraction result (to compare two builds).
    """;

try
{
    var line = CommandLine.Parse(args);
    return line.Command switch
    {
        "corroborate" => await CorroborateCommand.RunAsync(line),
        "evaluate" => await EvaluateCommand.RunAsync(line),
        "calibrate" => await CalibrateCommand.RunAsync(line),
        "evaluate-extraction" => await EvaluateExtractionCommand.RunAsync(line),
        "generate" => GenerateCommand.Run(line),
        "benchmark" => await BenchmarkCommand.RunAsync(line),
        "loadtest" => await LoadTestCommand.RunAsync(line),
        "import" => await ImportCommand.RunAsync(line),
        "export" => await ExportCommand.RunAsync(line),
        "health" => await HealthCommand.RunAsync(line),
        "token" => TokenCommand.Run(line),
        "help" or "--help" => Usage(0),
        _ => throw new UsageException($"unknown command '{line.Command}'"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"corro: {ex.Message}");
    return Usage(2);
}

int Usage(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine(usage);
    return code;
}
