using System.Text.RegularExpressions;

namespace Corroboration.Deploy.Tests;

/// <summary>
/// The configuration keys the services read, found in their source: each options class's
/// <c>const string Section = "X"</c> with its settable properties (<c>X:Property</c>), and every
/// key written as a literal (<c>configuration["A:B"]</c>, <c>const string Setting = "A:B"</c>).
/// Environment variables name them with "__" for ":".
/// </summary>
public sealed partial class ConfigurationKeys
{
    /// <summary>Read by ASP.NET Core itself rather than by our code.</summary>
    private static readonly string[] HostKeys = ["Urls", "ASPNETCORE_ENVIRONMENT", "DOTNET_gcServer"];

    /// <summary>
    /// The decided authentication contract (section <c>Auth</c>), accepted only while no code in
    /// this branch declares an <c>Auth</c> section; once one does, its own properties decide.
    /// </summary>
    private static readonly string[] AuthContract = ["Auth:SigningKey", "Auth:Authority", "Auth:Audience", "Auth:Issuer", "Auth:Open"];

    private readonly HashSet<string> _keys;

    public ConfigurationKeys(IEnumerable<string> sources)
    {
        _keys = new HashSet<string>(HostKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            if (SectionConstant().Match(source) is { Success: true } section)
            {
                foreach (Match property in SettableProperty().Matches(source))
                {
                    _keys.Add($"{section.Groups[1].Value}:{property.Groups[1].Value}");
                }
            }
            foreach (Match literal in IndexedKey().Matches(source))
            {
                _keys.Add(literal.Groups[1].Value);
            }
        }
        if (!_keys.Any(k => k.StartsWith("Auth:", StringComparison.OrdinalIgnoreCase)))
        {
            _keys.UnionWith(AuthContract);
        }
    }

    public static ConfigurationKeys FromServices() =>
        new(Directory.EnumerateFiles(Path.Combine(Repository.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText));

    public int Count => _keys.Count;

    /// <summary>The keys of one section, e.g. <c>Dashboard:Ingest</c> for <c>Dashboard</c>.</summary>
    public IEnumerable<string> InSection(string section) =>
        _keys.Where(k => k.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase));

    /// <summary>Is the environment variable (e.g. <c>Bus__Host</c>) a key the code reads?</summary>
    public bool Knows(string variable) => _keys.Contains(variable.Replace("__", ":"));

    [GeneratedRegex(@"const\s+string\s+Section\s*=\s*""(\w+)""")]
    private static partial Regex SectionConstant();

    [GeneratedRegex(@"public\s+[\w<>?\[\]]+\s+(\w+)\s*\{\s*get;\s*set;\s*\}")]
    private static partial Regex SettableProperty();

    [GeneratedRegex(@"(?:[cC]onfiguration\[|const\s+string\s+\w+\s*=\s*)""([A-Z]\w*(?::\w+)+)""")]
    private static partial Regex IndexedKey();
}
