using Corroboration.Cli.Commands;

namespace Corroboration.Cli.Tests;

/// <summary>
/// Runs corro's entry point in-process with its console captured. The console is global, so
/// classes that use this share the <c>Console</c> collection and never run at the same time.
/// </summary>
internal static class Corro
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var entry = typeof(CorroborateCommand).Assembly.EntryPoint!;
            var result = entry.Invoke(null, [args]);
            var code = result is Task<int> task ? await task : (int)result!;
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
