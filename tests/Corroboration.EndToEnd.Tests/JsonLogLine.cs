using System.Text.Json;

namespace Corroboration.EndToEnd.Tests;

/// <summary>One entry of the console's JSON log, with the trace context its scopes carry.</summary>
public sealed record JsonLogLine(string Category, string LogLevel, string Message, string? Template, string? TraceId, string? SpanId, string Raw)
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
            var template = root.TryGetProperty("State", out var state) && state.TryGetProperty("{OriginalFormat}", out var format) ? format.GetString() : null;
            return new JsonLogLine(
                root.GetProperty("Category").GetString()!, root.GetProperty("LogLevel").GetString()!, root.GetProperty("Message").GetString()!,
                template, traceId, spanId, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
