namespace Corroboration.Deploy.Tests;

/// <summary>The repository's files, found from the test assembly upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern).Order();

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
