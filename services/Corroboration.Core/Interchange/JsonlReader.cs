using System.Text.Json;

namespace Corroboration.Core.Interchange;

/// <summary>Reads JSON Lines, reporting a bad line by its number instead of stopping.</summary>
public static class JsonlReader
{
    public static async IAsyncEnumerable<JsonlLine<T>> ReadAsync<T>(TextReader reader)
        where T : class
    {
        await foreach (var (lineNumber, line) in ReadLinesAsync(reader))
        {
            yield return Parse<T>(lineNumber, line);
        }
    }

    /// <summary>The non-blank lines with their numbers, unparsed: a batch reader parses them in parallel.</summary>
    public static async IAsyncEnumerable<(int LineNumber, string Line)> ReadLinesAsync(TextReader reader)
    {
        var lineNumber = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (lineNumber, line);
            }
        }
    }

    public static JsonlLine<T> Parse<T>(int lineNumber, string line)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(line, InterchangeJson.Options);
            return value is null
                ? new JsonlLine<T>(lineNumber, null, "the line is JSON null, not an object")
                : new JsonlLine<T>(lineNumber, value, null);
        }
        catch (JsonException ex)
        {
            return new JsonlLine<T>(lineNumber, null, $"not a valid report object: {ex.Message}");
        }
    }
}
