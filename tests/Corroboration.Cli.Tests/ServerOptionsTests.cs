namespace Corroboration.Cli.Tests;

/// <summary>What every command that talks to a server shares: its URL, the token, and usage errors.</summary>
[Collection("Console")]
public sealed class ServerOptionsTests
{
    [Theory]
    [InlineData("import", "--in", "x.jsonl")]
    [InlineData("import", "--in", "x.jsonl", "--ingest", "127.0.0.1:5081")]
    [InlineData("import", "--in", "x.jsonl", "--ingest", "http://127.0.0.1:5081", "--batch", "0")]
    [InlineData("import", "--in", "x.jsonl", "--ingest", "http://127.0.0.1:5081", "--batch", "many")]
    [InlineData("import", "--in", "x.jsonl", "--ingest", "http://127.0.0.1:5081", "--token")]
    [InlineData("import", "--in", "x.jsonl", "--ingest", "http://127.0.0.1:5081", "--bacth", "10")]
    [InlineData("export", "--scoring", "http://127.0.0.1:5083")]
    [InlineData("export", "--scoring", "ftp://127.0.0.1:5083", "--out", "x.jsonl")]
    [InlineData("health")]
    public async Task BadOptionsExitWithTwoAndTheUsage(params string[] args)
    {
        var (code, _, stderr) = await Corro.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("corro: ", stderr);
        Assert.Contains("usage: corro <command>", stderr);
    }

    [Fact]
    public async Task TheTokenIsSentAsABearerFromTheOptionElseFromCorroToken()
    {
        var (app, recorder, address) = await HeaderRecordingHealth.StartAsync();
        await using var _ = app;
        try
        {
            Environment.SetEnvironmentVariable("CORRO_TOKEN", "from-variable");
            var withOption = await Corro.RunAsync("health", "--url", address, "--token", "from-option");
            var fromVariable = await Corro.RunAsync("health", "--url", address);
            Environment.SetEnvironmentVariable("CORRO_TOKEN", null);
            var without = await Corro.RunAsync("health", "--url", address);

            Assert.All(new[] { withOption, fromVariable, without }, r => Assert.Equal(0, r.Code));
            Assert.Contains("Serving", without.Stdout);
            Assert.Equal(["Bearer from-option", "Bearer from-variable", null], recorder.Authorizations);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CORRO_TOKEN", null);
        }
    }

    [Fact]
    public async Task HealthFailsWhenNothingListens()
    {
        var (code, stdout, _) = await Corro.RunAsync("health", "--url", "http://127.0.0.1:9", "--timeout", "2");

        Assert.Equal(1, code);
        Assert.Contains("Unavailable", stdout);
    }
}
