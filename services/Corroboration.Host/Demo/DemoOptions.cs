namespace Corroboration.Host.Demo;

/// <summary>Section <c>Demo</c>: a corpus the Host feeds through Ingest at start, so a newcomer sees incidents.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary><c>synthetic</c> (the generator of <c>corro generate</c>), <c>samples</c> (samples/sample.reports.jsonl), or empty: off.</summary>
    public string Corpus { get; set; } = "";

    /// <summary>How many synthetic reports.</summary>
    public int Reports { get; set; } = 1000;

    /// <summary>The synthetic corpus's seed: the same seed, the same reports.</summary>
    public int Seed { get; set; } = 7;
}
