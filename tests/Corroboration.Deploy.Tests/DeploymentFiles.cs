using System.Text.RegularExpressions;

namespace Corroboration.Deploy.Tests;

/// <summary>What the deployment files name: environment variables, ports, Dockerfiles, projects.</summary>
public static partial class DeploymentFiles
{
    public static string Compose => Repository.Read("docker-compose.yml");

    public static IEnumerable<string> Dockerfiles => Repository.Files("deploy/docker", "*.Dockerfile");

    public static IEnumerable<string> KubernetesFiles => Repository.Files("deploy/k8s", "*.yaml");

    /// <summary>Every object of <paramref name="kind"/> in deploy/k8s, as the YAML document that declares it.</summary>
    public static IEnumerable<(string File, string Document)> KubernetesDocuments(string kind) =>
        KubernetesFiles.SelectMany(file => File.ReadAllText(file).Split("\n---").Select(document => (file, document)))
            .Where(d => Regex.IsMatch(d.document, $"(?m)^kind: {kind}$"));

    /// <summary>Every <c>Section__Key</c> name given a value (<c>Name: v</c>, <c>Name=v</c>, <c>--from-literal=Name=</c>).</summary>
    public static IEnumerable<string> ServiceVariables(string text) =>
        ServiceVariable().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    /// <summary>The port of every <c>Urls</c> setting (<c>Urls: http://0.0.0.0:8080</c>, <c>Urls=http://…:8080</c>).</summary>
    public static IEnumerable<int> UrlsPorts(string text) =>
        UrlsPort().Matches(text).Select(m => int.Parse(m.Groups[1].Value));

    [GeneratedRegex(@"(?<![\w$])([A-Z][A-Za-z]*(?:__[A-Z][A-Za-z]*)+)\s*[:=]")]
    private static partial Regex ServiceVariable();

    [GeneratedRegex(@"\bUrls\s*[:=]\s*""?https?://[^:\s""]+:(\d+)")]
    private static partial Regex UrlsPort();
}
