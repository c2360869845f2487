using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Corroboration.Dashboard.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright, with one page open on the dashboard: the
/// page's script errors are collected, and screenshots kept under TestResults/screenshots.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    private static readonly string Screenshots = Path.Combine(Repository.Root, "TestResults", "screenshots");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly ITestOutputHelper _output;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page, ITestOutputHelper output)
    {
        _playwright = playwright;
        _browser = browser;
        _output = output;
        Page = page;
        Page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Uncaught errors of the page's scripts.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<DashboardBrowser> OpenAsync(ITestOutputHelper output)
    {
        Directory.CreateDirectory(Screenshots);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return new DashboardBrowser(playwright, browser, page, output);
    }

    /// <summary>Pastes a bearer token into the header's form, as an analyst does once per tab.</summary>
    public async Task PasteTokenAsync(string token)
    {
        await Assertions.Expect(Page.Locator("#message")).ToContainTextAsync("requires a bearer token");
        await Page.Locator("#token-input").FillAsync(token);
        await Page.Locator("#token-form button").ClickAsync();
    }

    /// <summary>Opens the dashboard's list and waits for its rows and for live updates to be on.</summary>
    public async Task<ILocator> OpenListAsync(string url, int rows)
    {
        await Page.GotoAsync(url);
        var listed = Page.Locator("#incident-rows tr");
        await Assertions.Expect(listed).ToHaveCountAsync(rows);
        await Assertions.Expect(Page.Locator("#live")).ToHaveTextAsync("live: on");
        return listed;
    }

    /// <summary>Opens an incident from the list and waits for its page.</summary>
    public async Task OpenIncidentAsync(string id)
    {
        await Page.Locator($"#incident-rows tr[data-incident='{id}'] a").ClickAsync();
        await Assertions.Expect(Page.Locator("#incident-id")).ToHaveTextAsync(id);
    }

    public async Task ShootAsync(string name)
    {
        var path = Path.Combine(Screenshots, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"screenshot: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
