namespace Corroboration.Host.Demo;

/// <summary>
/// <c>--demo</c> on the command line means <c>--Demo:Corpus=synthetic</c>: the configuration's
/// command-line provider takes no bare switches (it would swallow the next argument as a value).
/// </summary>
public static class DemoArguments
{
    public static string[] Expand(string[] args) =>
        args.Select(a => a == "--demo" ? $"--{DemoOptions.Section}:{nameof(DemoOptions.Corpus)}=synthetic" : a).ToArray();
}
