namespace Corroboration.Dashboard.Tests;

/// <summary>A test in Debian's Chromium: skipped, saying why, only when <c>/usr/bin/chromium</c> is absent (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is not installed (apt-get install chromium; .ci/run does)";
        }
    }
}
