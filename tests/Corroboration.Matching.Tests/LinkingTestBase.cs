namespace Corroboration.Matching.Tests;

/// <summary>
/// Tests of linking's rules, which must hold wherever linking finds its tables: each class
/// deriving from this runs with the store itself, and a class deriving from that one with
/// <see cref="Linking"/> = held runs every test again with the tables held in memory.
/// </summary>
public abstract class LinkingTestBase
{
    /// <summary>The <see cref="Extensions.LinkingSettingName"/> setting.</summary>
    protected virtual string Linking => "stored";

    protected Task<MatchingHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null) =>
        MatchingHost.StartAsync(new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { [Extensions.LinkingSettingName] = Linking });
}
