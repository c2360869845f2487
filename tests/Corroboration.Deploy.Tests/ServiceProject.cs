namespace Corroboration.Deploy.Tests;

/// <summary>
/// A program in services/ that runs as a process of its own (a project on the ASP.NET Core Web
/// SDK), which every deployment has to know about: found from the folder, never listed by hand.
/// </summary>
public sealed record ServiceProject(string Name, string Program)
{
    /// <summary>Every <c>services/Corroboration.X/Corroboration.X.csproj</c> on the Web SDK, by name.</summary>
    public static IReadOnlyList<ServiceProject> All { get; } = Directory
        .EnumerateDirectories(Path.Combine(Repository.Root, "services"), "Corroboration.*")
        .Select(folder => (Folder: folder, Project: Path.Combine(folder, Path.GetFileName(folder) + ".csproj")))
        .Where(p => File.Exists(p.Project) && File.ReadAllText(p.Project).Contains("<Project Sdk=\"Microsoft.NET.Sdk.Web\">"))
        .Select(p => new ServiceProject(Path.GetFileName(p.Folder)["Corroboration.".Length..], File.ReadAllText(Path.Combine(p.Folder, "Program.cs"))))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>What its Dockerfile, compose service and Kubernetes objects are called: <c>ingest</c>, <c>dashboard</c>.</summary>
    public string DeployName => Name.ToLowerInvariant();

    /// <summary>The all-in-one Host is for one machine (compose's "embedded" profile), not for a cluster.</summary>
    public bool RunsInKubernetes => Name != "Host";

    /// <summary>A gRPC service with the service defaults: grpc.health.v1 for probes and <c>/metrics</c> when Metrics:Url is set.</summary>
    public bool IsGrpcService => Program.Contains("app.MapDefaultEndpoints();", StringComparison.Ordinal);

    /// <summary>An HTTP/1.1 program whose health is <c>GET /healthz</c>.</summary>
    public bool ServesHealthz => Program.Contains("app.MapGet(\"/healthz\"", StringComparison.Ordinal);

    public static ServiceProject Named(string deployName) =>
        All.SingleOrDefault(p => p.DeployName == deployName) ?? throw new Xunit.Sdk.XunitException($"no project services/Corroboration.X for '{deployName}'");
}
