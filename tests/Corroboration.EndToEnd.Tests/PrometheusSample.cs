using System.Globalization;

namespace Corroboration.EndToEnd.Tests;

/// <summary>One sample of Prometheus's text format: <c>name{labels} value [timestamp]</c>.</summary>
public sealed record PrometheusSample(string Name, string Labels, double Value)
{
    public static IReadOnlyList<PrometheusSample> ParseAll(string text) =>
        text.Split('\n').Select(Parse).OfType<PrometheusSample>().ToList();

    private static PrometheusSample? Parse(string line)
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return null;
        }
        var labelsEnd = line.LastIndexOf('}');
        var nameEnd = line.IndexOfAny(['{', ' ']);
        var valueStart = (labelsEnd >= 0 ? labelsEnd : nameEnd) + 1;
        var fields = line[valueStart..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var labels = labelsEnd >= 0 ? line[(nameEnd + 1)..labelsEnd] : "";
        return fields.Length > 0 && double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new PrometheusSample(line[..nameEnd], labels, value)
            : null;
    }
}
