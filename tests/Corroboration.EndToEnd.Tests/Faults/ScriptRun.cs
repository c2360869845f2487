using System.Diagnostics;

namespace Corroboration.EndToEnd.Tests.Faults;

/// <summary>A child process (a script or <c>dotnet corro.dll</c>) whose output is kept for diagnosis.</summary>
public sealed class ScriptRun
{
    private readonly Process _process;

    private ScriptRun(Process process, ProcessOutput output)
    {
        _process = process;
        Output = output;
    }

    public ProcessOutput Output { get; }

    public bool HasExited => _process.HasExited;

    public static ScriptRun Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var output = new ProcessOutput(name);
        output.Attach(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return new ScriptRun(process, output);
    }

    /// <summary>Waits for the exit; throws with the output when it fails or takes longer than <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<string>> SucceedsAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Output.Name} took longer than {timeout}:\n{string.Join('\n', Output.Lines().TakeLast(60))}");
        }
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Output.Name} exited with {_process.ExitCode}:\n{string.Join('\n', Output.Lines().TakeLast(60))}");
        }
        return Output.Lines();
    }
}
