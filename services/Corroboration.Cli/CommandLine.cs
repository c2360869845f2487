using System.Globalization;

namespace Corroboration.Cli;

/// <summary>A command name and its <c>--option value</c> pairs.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new UsageException("a command is required");
        }
        var line = new CommandLine(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                throw new UsageException($"unexpected argument '{args[i]}'");
            }
            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            line._options[name] = value;
        }
        return line;
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new UsageException($"--{name} is required");

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    /// <summary>A whole number in 1..<paramref name="max"/>, <paramref name="fallback"/> when not given, else a usage error.</summary>
    public int WholeNumber(string name, int fallback, int max)
    {
        if (Optional(name) is not { } text)
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw new UsageException($"--{name} must be a whole number from 1 to {max}, not '{text}'");
    }

    /// <summary>Fails on options the command does not know, so a typo is not silently ignored.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = _options.Keys.Except(names).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option --{unknown[0]} for '{Command}'");
        }
    }
}
