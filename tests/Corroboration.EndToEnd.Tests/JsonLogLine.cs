using System.Text.Json;

namespace Corroboration.EndToEnd.Tests;

/// <summary>One entry of the console's JSON log, with the trace context its scopes carry and its template's values.</summary>
public sealed record JsonLogLine(string Category, string LogLevel, string Message, string? Template, string? TraceId, string? SpanId, IReadOnlyDictionary<string, string> State, string Raw)
{
    /// <summary>The entry in a captured line (<c>[name time] {...}</c>), or null when the line is not one.</summary>
    public static JsonLogLine? Parse(string captured)
    {
        var start = captured.IndexOf("] {", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var json = captured[(start + 2)..];
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            string? traceId = null, spanId = null;
            if (root.TryGetProperty("Scopes", out var scopes))
            {
                foreach (var scope in scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
                {
                    traceId ??= scope.TryGetProperty("TraceId", out var t) ? t.GetString() : null;
                    spanId ??= scope.TryGetProperty("SpanId", out var s) ? s.GetString() : null;
                }
            }
            var values = root.TryGetProperty("State", out var state) && state.ValueKind == JsonValueKind.Object
                ? state.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())
                : [];
            return new JsonLogLine(
                root.GetProperty("Category").GetString()!, root.GetProperty("LogLevel").GetString()!, root.GetProperty("Message").GetString()!,
                values.GetValueOrDefault("{OriginalFormat}"), traceId, spanId, values, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
