using Corroboration.Cli;
using Corroboration.Cli.Commands;

const string usage = """
    usage: corro <command> [options]

      corroborate --in REPORTS.jsonl --out INCIDENTS.jsonl [--db FILE]
          Runs the whole pipeline in this process (in-memory bus, SQLite file, default
          corro-batch.db in the working folder, recreated each run) and writes the incidents.

      evaluate-extraction --in REPORTS.jsonl --gold GOLD.tsv
          Extracts claims from each report and prints how often the main claim's date, place
          and perpetrator match the gold labels (Airwars gold layout).
    """;

try
{
    var line = CommandLine.Parse(args);
    return line.Command switch
    {
        "corroborate" => await CorroborateCommand.RunAsync(line),
        "evaluate-extraction" => await EvaluateExtractionCommand.RunAsync(line),
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
