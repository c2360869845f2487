using System.Diagnostics;

namespace Corroboration.Cli;

/// <summary>A single status line redrawn in place, shown only when stderr is a terminal.</summary>
public sealed class ProgressLine(TextWriter writer, bool enabled)
{
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private int _width;

    public static ProgressLine ForStandardError() => new(Console.Error, !Console.IsErrorRedirected);

    public void Show(string text, bool force = false)
    {
        if (!enabled || (!force && _sinceDrawn.ElapsedMilliseconds < 100))
        {
            return;
        }
        writer.Write("\r" + text.PadRight(_width));
        _width = text.Length;
        _sinceDrawn.Restart();
    }

    /// <summary>Clears the line so that ordinary output starts at column 0.</summary>
    public void Clear()
    {
        if (enabled && _width > 0)
        {
            writer.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
