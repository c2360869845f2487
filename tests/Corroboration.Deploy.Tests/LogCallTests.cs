using System.Text.RegularExpressions;

namespace Corroboration.Deploy.Tests;

/// <summary>
/// Structured logs need message templates: an interpolated or concatenated message loses its
/// values as fields (and JSON logs would carry only text).
/// </summary>
public sealed partial class LogCallTests
{
    [Fact]
    public void EveryLogCallInTheServicesPassesAMessageTemplate()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();

        var calls = sources.SelectMany(f => LogCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Call: m.Value))).ToList();

        Assert.True(calls.Count > 10, $"the scan found only {calls.Count} log calls");
        Assert.Empty(calls.Where(c => !TemplateFirst().IsMatch(c.Call)).Select(c => $"{c.File}: {c.Call}"));
    }

    [Fact]
    public void TheScanTellsATemplateFromInterpolationAndConcatenation()
    {
        Assert.True(PassesATemplate("""logger.LogInformation("Report {ReportId} stored (v{Version})", id, version);"""));
        Assert.True(PassesATemplate("""logger.LogError(ex, "Unhandled error in {Method}");"""));
        Assert.False(PassesATemplate("""logger.LogInformation($"Report {id} stored");"""));
        Assert.False(PassesATemplate("""logger.LogWarning("Report " + id + " stored");"""));
        Assert.False(PassesATemplate("""logger.LogWarning(message);"""));
    }

    private static bool PassesATemplate(string source) => TemplateFirst().IsMatch(LogCall().Match(source).Value);

    /// <summary>A call of ILogger's extension methods (after an exception, if any) up to the character after its message.</summary>
    [GeneratedRegex(@"\bLog(?:Trace|Debug|Information|Warning|Error|Critical)\(\s*(?:\w+\s*,\s*)?(?:""(?:[^""\\]|\\.)*""\s*.|.)")]
    private static partial Regex LogCall();

    /// <summary>The message is a plain string literal, followed by the next argument or the end of the call (not <c>+</c>).</summary>
    [GeneratedRegex(@"^Log\w+\(\s*(?:\w+\s*,\s*)?""(?:[^""\\]|\\.)*""\s*[,)]$")]
    private static partial Regex TemplateFirst();
}
