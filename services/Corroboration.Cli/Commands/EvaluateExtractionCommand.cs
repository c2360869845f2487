using System.Diagnostics;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Extraction.Evaluation;
using Corroboration.Core.Interchange;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro evaluate-extraction</c>: how often the main claim extracted from each report gets
/// the gold date, place and perpetrator right (gold in the Airwars TSV layout).
/// </summary>
public static class EvaluateExtractionCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("in", "gold");
        var input = line.Required("in");
        var goldFile = line.Required("gold");
        foreach (var file in new[] { input, goldFile })
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"corro: file '{file}' not found");
                return 1;
            }
        }
        var reports = new List<ReportPayload>();
        using (var reader = new StreamReader(input))
        {
            await foreach (var item in JsonlReader.ReadAsync<ReportPayload>(reader))
            {
                if (item.Value is null)
                {
                    Console.Error.WriteLine($"{input}:{item.LineNumber}: {item.Error}; line skipped");
                    continue;
                }
                reports.Add(item.Value);
            }
        }
        var gold = File.ReadLines(goldFile).Select(GoldRow.FromAirwarsTsv).OfType<GoldRow>().ToList();
        var clock = Stopwatch.StartNew();
        var scores = new ExtractionEvaluator(Gazetteer.LoadBundled()).Evaluate(reports, gold);
        Console.WriteLine($"reports judged     {scores.Reports} of {reports.Count} (extraction took {clock.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine($"date within 1 day  {scores.Date:0.000}  (of {scores.DateLabelled} with a gold date)");
        Console.WriteLine($"place              {scores.Place:0.000}  (within 10 km of the gold place or in its governorate; of {scores.PlaceLabelled})");
        Console.WriteLine($"  exact place      {scores.PlaceExact:0.000}  (within 10 km of the gold place; of {scores.PlaceResolved} whose gold place the gazetteer knows)");
        Console.WriteLine($"perpetrator        {scores.Perpetrator:0.000}  (same party as a gold belligerent; of {scores.PerpetratorLabelled})");
        Console.WriteLine($"  same alliance    {scores.PerpetratorAlliance:0.000}  (a party of the same side, e.g. Syrian government for Russian Military)");
        return 0;
    }
}
