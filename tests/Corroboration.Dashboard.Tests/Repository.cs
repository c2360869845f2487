namespace Corroboration.Dashboard.Tests;

/// <summary>Paths in the repository and in the build output beside this test assembly.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "sample.reports.jsonl");

    /// <summary>A service's dll in the same configuration and framework as this test assembly.</summary>
    public static string BuildOutput(string project)
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(Root, "services", project, "bin", tfm.Parent!.Name, tfm.Name, project + ".dll");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corroboration.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Corroboration.sln above {AppContext.BaseDirectory}");
    }
}
