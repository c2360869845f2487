using System.Collections.Concurrent;
using System.Diagnostics;

namespace Corroboration.EndToEnd.Tests;

/// <summary>A child process's stdout and stderr, line by line, kept for diagnosis.</summary>
public sealed class ProcessOutput(string name)
{
    private const int MaxLines = 20_000;
    private readonly ConcurrentQueue<string> _lines = new();
    private long _count;

    public string Name { get; } = name;

    /// <summary>How many lines have been written so far (a mark for <see cref="Since"/>).</summary>
    public long Count => Interlocked.Read(ref _count);

    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data is null ? null : "stderr: " + e.Data);
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue($"[{Name} {DateTime.Now:HH:mm:ss.fff}] {line}");
        Interlocked.Increment(ref _count);
        while (_lines.Count > MaxLines && _lines.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<string> Lines() => _lines.ToArray();

    /// <summary>The lines that are entries of a JSON console log (the test's own notes and stack traces aside).</summary>
    public IReadOnlyList<JsonLogLine> JsonLogLines() => Lines().Select(JsonLogLine.Parse).OfType<JsonLogLine>().ToList();

    /// <summary>Lines after the first <paramref name="mark"/> ones (as far as they are still kept).</summary>
    public IReadOnlyList<string> Since(long mark)
    {
        var lines = _lines.ToArray();
        var skip = Math.Max(0, lines.Length - (Count - mark));
        return lines.Skip((int)Math.Min(skip, lines.Length)).ToArray();
    }

    public string Text(int? lastLines = null)
    {
        var lines = Lines();
        return string.Join('\n', lastLines is { } n ? lines.TakeLast(n) : lines);
    }
}
