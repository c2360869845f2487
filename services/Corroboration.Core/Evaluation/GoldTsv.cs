namespace Corroboration.Core.Evaluation;

/// <summary>The lines of a gold TSV (report id, tab, gold incident, further columns), blank lines skipped.</summary>
public static class GoldTsv
{
    /// <exception cref="FormatException">A line has no tab.</exception>
    public static IEnumerable<(int Number, string[] Fields)> Rows(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new FormatException($"line {number}: expected report id, tab, gold incident");
            }
            yield return (number, fields);
        }
    }
}
