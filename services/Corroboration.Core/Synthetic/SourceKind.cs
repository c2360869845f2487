namespace Corroboration.Core.Synthetic;

/// <summary>How a source behaves in an incident's coverage (when it publishes, what it does).</summary>
internal enum SourceKind
{
    /// <summary>Documents within a day or two (monitors, rescuers).</summary>
    QuickNgo,
    /// <summary>Investigates and publishes days or weeks later.</summary>
    Investigator,
    Wire,
    Media,
    LocalMonitor,
    Social,
    /// <summary>A party's own or state media: reports attacks by its enemies, sometimes invents them.</summary>
    Partisan,
    /// <summary>Speaks for an accused party: denials and acknowledgements.</summary>
    Spokesman,
    FactChecker,
}
