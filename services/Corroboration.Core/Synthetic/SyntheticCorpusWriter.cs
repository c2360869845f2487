using System.Text;
using System.Text.Json;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// Streams a <see cref="SyntheticCorpus"/> to a reports JSONL stream (interchange format, one
/// report per line) and a gold TSV stream, holding only the generator's shuffle window.
/// </summary>
public static class SyntheticCorpusWriter
{
    public static SyntheticCorpusSummary Write(SyntheticCorpus corpus, int reports, Stream reportsOut, Stream goldOut)
    {
        var jsonOptions = new JsonWriterOptions { Encoder = InterchangeJson.Options.Encoder };
        using var json = new Utf8JsonWriter(reportsOut, jsonOptions);
        using var gold = new StreamWriter(goldOut, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        // Incident ids are counted once each; an incident's reports are all written within one window.
        var incidents = new HashSet<string>(StringComparer.Ordinal);
        var hoaxes = new HashSet<string>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var item in corpus.Generate(reports))
        {
            JsonSerializer.Serialize(json, item.Report, InterchangeJson.Options);
            json.Flush();
            json.Reset();
            reportsOut.WriteByte((byte)'\n');
            gold.WriteLine(item.Gold.ToTsv());
            count++;
            if (incidents.Add(item.Gold.IncidentId) && item.Gold.IsHoax)
            {
                hoaxes.Add(item.Gold.IncidentId);
            }
            languages[item.Language] = languages.GetValueOrDefault(item.Language) + 1;
        }
        gold.Flush();
        return new SyntheticCorpusSummary(count, incidents.Count, hoaxes.Count, languages);
    }
}
