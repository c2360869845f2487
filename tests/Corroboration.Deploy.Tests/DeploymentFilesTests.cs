using System.Text.RegularExpressions;

namespace Corroboration.Deploy.Tests;

/// <summary>Every service, port and environment variable in the deployment files exists in the code.</summary>
public sealed class DeploymentFilesTests
{
    private static readonly ConfigurationKeys Keys = ConfigurationKeys.FromServices();

    [Fact]
    public void EveryBuiltComposeServiceUsesAnExistingDockerfileOfAnExistingProject()
    {
        var dockerfiles = Regex.Matches(DeploymentFiles.Compose, @"dockerfile:\s*(\S+)").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["deploy/docker/host.Dockerfile", "deploy/docker/ingest.Dockerfile", "deploy/docker/matching.Dockerfile", "deploy/docker/scoring.Dockerfile"], dockerfiles.Order());
        Assert.All(dockerfiles, d => Assert.True(File.Exists(Path.Combine(Repository.Root, d)), d));
    }

    [Fact]
    public void EachDockerfilePublishesItsProjectRunsItsDllAsNonRootAndExposesItsUrlsPort()
    {
        foreach (var file in DeploymentFiles.Dockerfiles)
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file).Split('.')[0];
            var project = char.ToUpperInvariant(name[0]) + name[1..];
            Assert.True(Repository.HasServiceProject(project), $"{file}: no project Corroboration.{project}");
            Assert.Contains($"dotnet publish services/Corroboration.{project}/Corroboration.{project}.csproj", text);
            Assert.Contains($"ENTRYPOINT [\"dotnet\", \"Corroboration.{project}.dll\"]", text);
            Assert.Contains("USER $APP_UID", text);
            var exposed = Regex.Matches(text, @"(?m)^EXPOSE (\d+)$").Select(m => int.Parse(m.Groups[1].Value));
            Assert.Equal(DeploymentFiles.UrlsPorts(text), exposed);
        }
    }

    [Fact]
    public void ComposePublishesTheContainerPortTheServicesListenOn()
    {
        var urlsPorts = DeploymentFiles.UrlsPorts(DeploymentFiles.Compose).Distinct().ToList();
        var published = Regex.Matches(DeploymentFiles.Compose, @"""127\.0\.0\.1:\$\{(\w+)_PORT:-\d+\}:(\d+)""")
            .Where(m => m.Groups[1].Value is "INGEST" or "MATCHING" or "SCORING" or "HOST")
            .Select(m => int.Parse(m.Groups[2].Value)).ToList();

        Assert.Single(urlsPorts);
        Assert.Equal(4, published.Count);
        Assert.All(published, p => Assert.Equal(urlsPorts[0], p));
    }

    [Fact]
    public void EveryKubernetesDeploymentIsAProjectAndItsPortsAndProbesAreTheUrlsPortBesideTheMetricsPort()
    {
        var configmap = Repository.Read("deploy/k8s/configmap.yaml");
        var urlsPort = Assert.Single(DeploymentFiles.UrlsPorts(configmap));
        var metricsPort = int.Parse(Regex.Match(configmap, @"Metrics__Url: ""http://[^:""]+:(\d+)""").Groups[1].Value);
        var deployments = 0;
        foreach (var file in DeploymentFiles.KubernetesFiles)
        {
            foreach (var document in File.ReadAllText(file).Split("\n---"))
            {
                if (!Regex.IsMatch(document, "(?m)^kind: Deployment$"))
                {
                    continue;
                }
                deployments++;
                var name = Regex.Match(document, @"metadata:\s*\n\s*name:\s*(\S+)").Groups[1].Value;
                Assert.True(Repository.HasServiceProject(char.ToUpperInvariant(name[0]) + name[1..]), $"{file}: no project for Deployment {name}");
                // The metrics port (HTTP/1.1, for Prometheus) is Metrics__Url's; every other port is the gRPC one.
                var metrics = Regex.Match(document, @"- name: metrics\s*\n\s*containerPort:\s*(\d+)");
                Assert.Equal(metricsPort, int.Parse(metrics.Groups[1].Value));
                Assert.Contains($"prometheus.io/port: \"{metricsPort}\"", document);
                var ports = Regex.Matches(document.Replace(metrics.Value, ""), @"(?:containerPort|grpc:\s*\n\s*port):\s*(\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
                Assert.Equal(4, ports.Count); // the container port and the startup, readiness and liveness probes
                Assert.All(ports, p => Assert.Equal(urlsPort, p));
            }
        }
        Assert.Equal(3, deployments);
        var hpa = Repository.Read("deploy/k8s/hpa.yaml");
        Assert.Equal(["matching", "scoring"], Regex.Matches(hpa, @"kind: Deployment\s*\n\s*name:\s*(\S+)").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void EveryEnvironmentVariableNamedInTheDeploymentFilesIsAConfigurationKeyTheCodeReads()
    {
        var files = new[] { Path.Combine(Repository.Root, "docker-compose.yml") }.Concat(DeploymentFiles.Dockerfiles).Concat(DeploymentFiles.KubernetesFiles);
        var named = files.SelectMany(f => DeploymentFiles.ServiceVariables(File.ReadAllText(f)).Select(v => (File: Path.GetFileName(f), Variable: v))).ToList();

        Assert.Contains(named, n => n.Variable == "Database__ConnectionString");
        Assert.Contains(named, n => n.Variable == "Auth__SigningKey");
        Assert.Empty(named.Where(n => !Keys.Knows(n.Variable)).Select(n => $"{n.File}: {n.Variable}"));
    }

    [Fact]
    public void TheScanFindsTheOptionsClassesAndRefusesAMisspelledVariable()
    {
        Assert.True(Keys.Knows("Bus__VirtualHost"));
        Assert.True(Keys.Knows("Database__Provider"));
        Assert.True(Keys.Knows("Scoring__RelearnSeconds"));
        Assert.True(Keys.Knows("Matching__ModelFile"));
        Assert.True(Keys.Knows("Matching__Concurrency"));
        Assert.False(Keys.Knows("Bus__Hots"));
        Assert.False(Keys.Knows("Database__Password"));
        Assert.Equal(["Bus__Hots"], DeploymentFiles.ServiceVariables("    Bus__Hots: rabbitmq\n    image: ${X__Y}"));
    }

    [Fact]
    public void NoSecretValueIsCommitted()
    {
        var template = Repository.Read("deploy/k8s/secret.template.yaml");
        Assert.Matches(@"(?m)^  Auth__SigningKey: ""CHANGE_ME""$", template);
        Assert.DoesNotContain("kind: Secret", string.Concat(DeploymentFiles.KubernetesFiles.Where(f => !f.EndsWith("secret.template.yaml")).Select(File.ReadAllText)));
        Assert.Equal(2, Regex.Matches(DeploymentFiles.Compose, @"Auth__SigningKey: \$\{CORRO_SIGNING_KEY:\?").Count);
    }
}
