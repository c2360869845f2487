using System.Text.RegularExpressions;

namespace Corroboration.Deploy.Tests;

/// <summary>Every service, port and environment variable in the deployment files exists in the code.</summary>
public sealed class DeploymentFilesTests
{
    private static readonly ConfigurationKeys Keys = ConfigurationKeys.FromServices();

    [Fact]
    public void TheScanFindsTheServiceProgramsAndLeavesTheLibrariesAndTheCliOut()
    {
        var names = ServiceProject.All.Select(p => p.Name).ToList();

        Assert.Contains("Ingest", names);
        Assert.Contains("Dashboard", names);
        Assert.DoesNotContain("Core", names);
        Assert.DoesNotContain("Cli", names);
        Assert.True(ServiceProject.Named("scoring").IsGrpcService);
        Assert.True(ServiceProject.Named("host").IsGrpcService);
        Assert.False(ServiceProject.Named("dashboard").IsGrpcService);
        Assert.True(ServiceProject.Named("dashboard").ServesHealthz);
    }

    [Fact]
    public void EveryServiceProgramHasADockerfileThatComposeBuildsAndNoDockerfileLacksOne()
    {
        var expected = ServiceProject.All.Select(p => $"deploy/docker/{p.DeployName}.Dockerfile").Order().ToList();
        var built = Regex.Matches(DeploymentFiles.Compose, @"dockerfile:\s*(\S+)").Select(m => m.Groups[1].Value).Order();
        var present = DeploymentFiles.Dockerfiles.Select(f => "deploy/docker/" + Path.GetFileName(f));

        Assert.Equal(expected, built);
        Assert.Equal(expected, present);
    }

    [Fact]
    public void EachDockerfilePublishesItsProjectRunsItsDllAsNonRootAndExposesItsUrlsPort()
    {
        foreach (var file in DeploymentFiles.Dockerfiles)
        {
            var text = File.ReadAllText(file);
            var project = "Corroboration." + ServiceProject.Named(Path.GetFileName(file).Split('.')[0]).Name;
            Assert.Contains($"dotnet publish services/{project}/{project}.csproj", text);
            Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{project}.dll\"]", text);
            Assert.Contains("USER $APP_UID", text);
            var exposed = Regex.Matches(text, @"(?m)^EXPOSE (\d+)$").Select(m => int.Parse(m.Groups[1].Value));
            Assert.Equal(DeploymentFiles.UrlsPorts(text), exposed);
        }
    }

    /// <summary>An image built without one of them would run with other settings than the build here (e.g. the thread pool's).</summary>
    [Fact]
    public void EachDockerfileCopiesEveryBuildFileOfTheRepositoryRoot()
    {
        var rootBuildFiles = Repository.Files(".", "Directory.*").Append(Path.Combine(Repository.Root, "global.json"))
            .Select(Path.GetFileName).ToList();
        Assert.Contains("Directory.Build.targets", rootBuildFiles);
        foreach (var file in DeploymentFiles.Dockerfiles)
        {
            var copied = Regex.Matches(File.ReadAllText(file), @"(?m)^COPY (?!--from)(.+) \./$")
                .SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.All(rootBuildFiles, name => Assert.Contains(name, copied));
        }
    }

    [Fact]
    public void ComposePublishesEveryServiceProgramOnTheContainerPortItListensOn()
    {
        var urlsPort = Assert.Single(DeploymentFiles.UrlsPorts(DeploymentFiles.Compose).Distinct());
        var published = Regex.Matches(DeploymentFiles.Compose, @"""127\.0\.0\.1:\$\{(\w+)_PORT:-\d+\}:(\d+)""")
            .ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => int.Parse(m.Groups[2].Value));

        Assert.All(ServiceProject.All, p => Assert.Equal(urlsPort, published.GetValueOrDefault(p.DeployName)));
    }

    [Fact]
    public void EveryKubernetesDeploymentIsAServiceProgramProbedOnItsUrlsPortWithMetricsBesideItWhenItHasThem()
    {
        var configmap = Repository.Read("deploy/k8s/configmap.yaml");
        var urlsPort = Assert.Single(DeploymentFiles.UrlsPorts(configmap));
        var metricsPort = int.Parse(Regex.Match(configmap, @"Metrics__Url: ""http://[^:""]+:(\d+)""").Groups[1].Value);
        var deployments = new List<string>();
        foreach (var (file, document) in DeploymentFiles.KubernetesDocuments("Deployment"))
        {
            var name = Regex.Match(document, @"metadata:\s*\n\s*name:\s*(\S+)").Groups[1].Value;
            deployments.Add(name);
            var project = ServiceProject.Named(name);
            // The metrics port (HTTP/1.1, for Prometheus) is Metrics__Url's; every other port is the Urls one.
            var metrics = Regex.Match(document, @"- name: metrics\s*\n\s*containerPort:\s*(\d+)");
            Assert.Equal(project.IsGrpcService, metrics.Success);
            Assert.Equal(project.IsGrpcService, document.Contains($"prometheus.io/port: \"{metricsPort}\""));
            Assert.True(!metrics.Success || int.Parse(metrics.Groups[1].Value) == metricsPort, $"{file}: metrics port {metrics.Value}");
            // gRPC services answer grpc.health.v1; the dashboard GET /healthz.
            var probe = project.IsGrpcService ? @"grpc:\s*\n\s*port" : @"httpGet:\s*\n\s*path: /healthz\s*\n\s*port";
            Assert.True(project.IsGrpcService || project.ServesHealthz, $"{file}: {name} has neither grpc.health.v1 nor /healthz");
            var ports = Regex.Matches(metrics.Success ? document.Replace(metrics.Value, "") : document, $@"(?:containerPort|{probe}):\s*(\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(4, ports.Count); // the container port and the startup, readiness and liveness probes
            Assert.All(ports, p => Assert.Equal(urlsPort, p));
        }
        Assert.Equal(ServiceProject.All.Where(p => p.RunsInKubernetes).Select(p => p.DeployName), deployments.Order());
        var hpa = Repository.Read("deploy/k8s/hpa.yaml");
        Assert.Equal(["matching", "scoring"], Regex.Matches(hpa, @"kind: Deployment\s*\n\s*name:\s*(\S+)").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void KustomizationListsEveryManifestButTheSecretTemplate()
    {
        var listed = Regex.Matches(Repository.Read("deploy/k8s/kustomization.yaml"), @"(?m)^  - (\S+\.yaml)$").Select(m => m.Groups[1].Value).Order();
        var manifests = DeploymentFiles.KubernetesFiles.Select(Path.GetFileName).Where(f => f is not ("kustomization.yaml" or "secret.template.yaml"));

        Assert.Equal(manifests, listed);
    }

    [Fact]
    public void TheDashboardForwardsToEachServiceByItsNameOnItsUrlsPort()
    {
        var dashboardKeys = Keys.InSection("Dashboard").Select(k => k.Split(':')[1].ToLowerInvariant()).Order().ToList();
        foreach (var file in new[] { "docker-compose.yml", "deploy/k8s/configmap.yaml" })
        {
            var text = Repository.Read(file);
            var urlsPort = DeploymentFiles.UrlsPorts(text).First();
            var targets = Regex.Matches(text, @"Dashboard__(\w+):\s*""?http://([\w.-]+):(\d+)").ToList();

            Assert.Equal(dashboardKeys, targets.Select(m => m.Groups[1].Value.ToLowerInvariant()).Order());
            Assert.All(targets, m => Assert.Equal((m.Groups[1].Value.ToLowerInvariant(), urlsPort), (m.Groups[2].Value, int.Parse(m.Groups[3].Value))));
        }
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
        Assert.True(Keys.Knows("Scoring__BatchSize"));
        Assert.True(Keys.Knows("Scoring__RevisionMinChange"));
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
