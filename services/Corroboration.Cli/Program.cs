using Corroboration.Cli;
using Corroboration.Cli.Commands;

const string usage = """
    usage: corro <command> [options]

      corroborate --in REPORTS.jsonl --out INCIDENTS.jsonl [--db FILE] [--learn-model] [--model MODEL.json]
          Runs the whole pipeline in this process (in-memory bus, SQLite file, default
          corro-batch.db in the working folder, recreated each run) and writes the incidents.
          --learn-model (experimental; over-links for now) first learns the match model from
          the reports themselves by EM, unlabelled; --model writes the model used (prior, m
          and u per comparison level).

      evaluate-extraction --in REPORTS.jsonl --gold GOLD.tsv
          Extracts claims from each report and prints how often the main claim's date, place
          and perpetrator match the gold labels (Airwars gold layout).

      generate --reports N --seed S --out X.reports.jsonl --gold X.gold.tsv
          Writes a synthetic corpus of exactly N reports (same seed, same bytes): incidents in
          real gazetteer places 2021-2023, English and Arabic reports from NGOs, wires, media,
          local monitors, social accounts and the parties, with copies, citations, denials and
          hoaxes. Gold TSV columns: report id, incident id, real|hoax, true date (yyyy-MM-dd),
          place, perpetrator, governorate (admin1), country; score.py reads the first two.
    """;

try
{
    var line = CommandLine.Parse(args);
    return line.Command switch
    {
        "corroborate" => await CorroborateCommand.RunAsync(line),
        "evaluate-extraction" => await EvaluateExtractionCommand.RunAsync(line),
        "generate" => GenerateCommand.Run(line),
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
