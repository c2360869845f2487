using System.Security.Cryptography;
using Corroboration.ServiceDefaults.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Corroboration.Dashboard.Tests;

/// <summary>
/// Every analyst action of the dashboard in a real browser against the embedded Host as a real
/// process, fed the sample corpus (Ariha market: 5 reports; Qamishli: 3; Atarib: 1; Darat Izza
/// hospital: 2). Each test checks what the analyst sees on the pages, not the calls' answers.
/// </summary>
public sealed class AnalystActionTests(ITestOutputHelper output)
{
    private const string Amnesty = "sample-amnesty-ariha";
    private const string Reuters = "sample-reuters-ariha";
    private const string Daily = "sample-daily-ariha";
    private const string Monitor = "sample-monitor-ariha";
    private const string Denial = "sample-denial-ariha";
    private const string Hospital = "sample-hospital-media";
    private const string Atarib = "sample-atarib-social";

    [ChromiumFact]
    public async Task SplittingOffAReportPutsItInANewIncidentThatBothPagesShow()
    {
        await using var host = await HostUnderTest.StartAsync();
        var ariha = await SampleIncidentAsync(host, Amnesty);
        await using var browser = await OpenAsync(host, ariha);
        var page = browser.Page;
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(5);

        await TickAsync(page, Denial);
        await page.Locator("#split-button").ClickAsync();

        await Assertions.Expect(page.Locator("#action-status")).ToContainTextAsync("Split off: done");
        await Assertions.Expect(Report(page, Denial)).ToHaveCountAsync(0);
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(4);
        await browser.ShootAsync("split-1-left.png");

        await page.Locator("#action-result").ClickAsync();
        await Assertions.Expect(page.Locator("#incident-id")).Not.ToHaveTextAsync(ariha);
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(1);
        await Assertions.Expect(Report(page, Denial).Locator(".claims")).ToContainTextAsync("placed by dashboard");
        await Assertions.Expect(page.Locator("#report-count")).ToHaveTextAsync("1", new() { Timeout = 30_000 });
        await browser.ShootAsync("split-2-new-incident.png");

        await page.Locator("a[href='#/']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#incident-rows tr")).ToHaveCountAsync(5);
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task MovedClaimsLeaveForTheTargetIncidentOrTogetherForOneNewIncident()
    {
        await using var host = await HostUnderTest.StartAsync();
        var scores = await SampleScoresAsync(host);
        var (ariha, hospital) = (HostUnderTest.IncidentWith(scores, Amnesty), HostUnderTest.IncidentWith(scores, Hospital));
        await using var browser = await OpenAsync(host, ariha);
        var page = browser.Page;

        await TickAsync(page, Reuters);
        await page.Locator("#move-target").FillAsync(hospital);
        await page.Locator("#move-button").ClickAsync();
        await Assertions.Expect(page.Locator("#action-status")).ToContainTextAsync("Move: done");
        await Assertions.Expect(Report(page, Reuters)).ToHaveCountAsync(0);

        // Two claims with no target: one new incident for both, not one each.
        await TickAsync(page, Amnesty);
        await TickAsync(page, Daily);
        await page.Locator("#move-button").ClickAsync();
        await Assertions.Expect(page.Locator("#action-status")).ToContainTextAsync("Move: done");
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(2);
        await browser.ShootAsync("move-1-left.png");
        await page.Locator("#action-result").ClickAsync();
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(2);
        await Assertions.Expect(Report(page, Amnesty)).ToHaveCountAsync(1);
        await Assertions.Expect(Report(page, Daily)).ToHaveCountAsync(1);
        await browser.ShootAsync("move-2-new-incident.png");

        await page.GotoAsync($"{host.WebUrl}/#/incident/{hospital}");
        await Assertions.Expect(Report(page, Reuters)).ToHaveCountAsync(1);
        await Assertions.Expect(Reports(page)).ToHaveCountAsync(3);
        await browser.ShootAsync("move-3-target.png");
        await page.Locator("a[href='#/']").First.ClickAsync();
        await Assertions.Expect(page.Locator("#incident-rows tr")).ToHaveCountAsync(5);
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task TickedClaimsStayTickedWhenALiveScoreUpdateRedrawsThePage()
    {
        await using var host = await HostUnderTest.StartAsync();
        var ariha = await SampleIncidentAsync(host, Amnesty);
        await using var browser = await OpenAsync(host, ariha);
        var page = browser.Page;
        await TickAsync(page, Amnesty);

        // Another analyst pins a source of this incident: Scoring rescores it and the open page redraws.
        var source = await page.Locator("#source-name option").First.GetAttributeAsync("value");
        using var pinned = await host.Http.PostAsync("/v1/sources:setReliability", new StringContent(
            $$"""{"source":"{{source}}","reliability":0.9,"analyst":"another analyst","reason":"checked by phone"}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.True(pinned.IsSuccessStatusCode, await pinned.Content.ReadAsStringAsync());
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("checked by phone", new() { Timeout = 30_000 });

        await Assertions.Expect(Report(page, Amnesty).Locator(".claim-pick").First).ToBeCheckedAsync();
        await Assertions.Expect(Report(page, Reuters).Locator(".claim-pick").First).Not.ToBeCheckedAsync();
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task MustLinkAndCannotLinkShowOnTheIncidentAndRefuseTheChangesThatBreakThem()
    {
        await using var host = await HostUnderTest.StartAsync();
        var scores = await SampleScoresAsync(host);
        var (ariha, hospital) = (HostUnderTest.IncidentWith(scores, Amnesty), HostUnderTest.IncidentWith(scores, Hospital));
        await using var browser = await OpenAsync(host, ariha);
        var page = browser.Page;
        await Assertions.Expect(page.Locator("#constraints")).ToContainTextAsync("none on these claims");

        await TickAsync(page, Amnesty);
        await TickAsync(page, Reuters);
        await page.Locator("#action-reason").FillAsync("same market strike");
        await page.Locator("#must-link-button").ClickAsync();
        var mustLink = page.Locator("#constraints li.constraint");
        await Assertions.Expect(mustLink).ToHaveCountAsync(1);
        await Assertions.Expect(mustLink).ToContainTextAsync($"must-link {Amnesty}#0 ↔ {Reuters}#0");
        await Assertions.Expect(mustLink).ToContainTextAsync("same market strike");

        // Its effect: Amnesty cannot be split away from Reuters.
        await TickAsync(page, Amnesty);
        await page.Locator("#split-button").ClickAsync();
        await Assertions.Expect(page.Locator("#action-status.error")).ToContainTextAsync("would break");
        await Assertions.Expect(Report(page, Amnesty)).ToHaveCountAsync(1);
        await browser.ShootAsync("constraints-1-must-link.png");

        // A cannot-link takes a claim of another incident, typed; then the two incidents cannot be merged.
        await TickAsync(page, Amnesty, ticked: false);
        await TickAsync(page, Monitor);
        await page.Locator("#other-claim").FillAsync($"{Hospital}#0");
        await page.Locator("#action-reason").FillAsync("different places and dates");
        await page.Locator("#cannot-link-button").ClickAsync();
        var cannotLink = page.Locator("#constraints li.constraint", new() { HasText = "cannot-link" });
        await Assertions.Expect(cannotLink).ToContainTextAsync($"cannot-link {Hospital}#0 ↔ {Monitor}#0");
        await page.Locator("#merge-ids").FillAsync(hospital);
        await page.Locator("#merge-button").ClickAsync();
        await Assertions.Expect(page.Locator("#action-status.error")).ToContainTextAsync("would break");
        await Assertions.Expect(Report(page, Hospital)).ToHaveCountAsync(0);
        await browser.ShootAsync("constraints-2-cannot-link.png");

        // The hospital incident's page shows the same constraint; removing it lets the merge through.
        // (Ariha's page lists the same cannot-link: wait until the hospital's has replaced it.)
        await page.GotoAsync($"{host.WebUrl}/#/incident/{hospital}");
        await Assertions.Expect(page.Locator("#incident-id")).ToHaveTextAsync(hospital);
        await Assertions.Expect(Report(page, Hospital)).ToHaveCountAsync(1);
        await Assertions.Expect(cannotLink).ToHaveCountAsync(1);
        await cannotLink.Locator("button.remove-constraint").ClickAsync();
        await Assertions.Expect(page.Locator("#constraints")).ToContainTextAsync("none on these claims");
        await page.Locator("#merge-ids").FillAsync(ariha);
        await page.Locator("#merge-button").ClickAsync();
        await Assertions.Expect(Report(page, Monitor)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#incident-id")).ToHaveTextAsync(hospital);
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task PinningASourcesReliabilityRescoresTheIncidentWithTheAnalystsReason()
    {
        await using var host = await HostUnderTest.StartAsync();
        // Atarib rests on one social post alone, so its confidence follows that source's reliability.
        var atarib = await SampleIncidentAsync(host, Atarib);
        await using var browser = await OpenAsync(host, atarib);
        var page = browser.Page;
        var confidenceBefore = await page.Locator("#confidence").InnerTextAsync();
        var contribution = Report(page, Atarib).Locator(".contribution");
        var contributionBefore = await contribution.InnerTextAsync();
        await browser.ShootAsync("reliability-1-before.png");

        await page.Locator("#source-name").SelectOptionAsync("@atarib_now");
        await page.Locator("#source-reliability").FillAsync("0.95");
        await page.Locator("#action-reason").FillAsync("verified local monitor");
        await page.Locator("#pin-button").ClickAsync();

        // The history, not the latest reason: learning may score the incident again right after.
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync(
            "analyst dashboard set the reliability of @atarib_now to 0.95: verified local monitor", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#confidence")).Not.ToHaveTextAsync(confidenceBefore);
        await Assertions.Expect(contribution).Not.ToHaveTextAsync(contributionBefore);
        await browser.ShootAsync("reliability-2-pinned.png");
        output.WriteLine($"confidence {confidenceBefore} → {await page.Locator("#confidence").InnerTextAsync()}; "
            + $"{contributionBefore} → {await contribution.InnerTextAsync()}");
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task ConfirmingThenRefutingShowsTheVerdictGradeAndTheAnalystsName()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var host = await HostUnderTest.StartAsync(new Dictionary<string, string> { ["Auth__Open"] = "false", ["Auth__SigningKey"] = key });
        var reader = TokenMinter.Mint(key, "ingester", [Role.Ingest, Role.Reader], TimeSpan.FromMinutes(10));
        await host.SubmitAsync(Repository.Sample, reader);
        var hospital = HostUnderTest.IncidentWith(await host.WaitForScoresAsync(4, reader), Hospital);
        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        await page.GotoAsync(host.WebUrl);
        await browser.PasteTokenAsync(TokenMinter.Mint(key, "alice", [Role.Analyst, Role.Reader], TimeSpan.FromMinutes(10)));
        await browser.OpenIncidentAsync(hospital);
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("none");

        await page.Locator("#action-reason").FillAsync("hospital staff confirmed by phone");
        await page.Locator("#confirm-button").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("confirmed by alice: hospital staff confirmed by phone");
        // Learning may score again at once ("source reliability relearned"): the history keeps the analyst's version.
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("analyst alice confirmed: hospital staff confirmed by phone");
        await browser.ShootAsync("verdict-1-confirmed.png");

        await page.Locator("#action-reason").FillAsync("the imagery was of another town");
        await page.Locator("#refute-button").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("refuted by alice: the imagery was of another town");
        await Assertions.Expect(page.Locator("h1 .grade")).ToHaveTextAsync("discounted");
        await browser.ShootAsync("verdict-2-refuted.png");

        await page.Locator("a[href='#/']").First.ClickAsync();
        await Assertions.Expect(page.Locator($"#incident-rows tr[data-incident='{hospital}']")).ToContainTextAsync("discounted refuted");
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task ReportsSubmittedWhileTheListIsOpenUpdateItWithoutAReload()
    {
        await using var host = await HostUnderTest.StartAsync();
        var qamishli = await SampleIncidentAsync(host, "sample-qamishli-en");
        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        var rows = await browser.OpenListAsync(host.WebUrl, 4);
        var reportsCell = page.Locator($"#incident-rows tr[data-incident='{qamishli}'] td:nth-child(6)");
        await Assertions.Expect(reportsCell).ToHaveTextAsync("3");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await host.SubmitReportAsync("""
            {"id": "live-qamishli-sohr", "source": "Syrian Observatory for Human Rights", "sourceType": "local_monitor", "publishedAt": "2022-08-06", "language": "en",
             "title": "Turkish drone kills man in Qamishli", "text": "A Turkish drone struck a car in the industrial district of Qamishli on 6 August 2022, killing one civilian and wounding three others."}
            """);
        await Assertions.Expect(reportsCell).ToHaveTextAsync("4", new() { Timeout = 30_000 });
        await host.SubmitReportAsync("""
            {"id": "live-saraqib", "source": "Reuters", "sourceType": "wire", "publishedAt": "2019-06-12", "language": "en",
             "title": "Shelling hits bakery in Saraqib", "text": "Artillery shelling hit a bakery in Saraqib, Idlib province, on 12 June 2019, killing seven people, rescue workers said."}
            """);
        await Assertions.Expect(rows).ToHaveCountAsync(5, new() { Timeout = 30_000 });
        await Assertions.Expect(rows.Filter(new() { HasText = "Saraqib" })).ToHaveCountAsync(1);
        await browser.ShootAsync("live-1-list-updated.png");

        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded");
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task ArabicReportsAreLaidOutRightToLeftAndEnglishLeftToRight()
    {
        await using var host = await HostUnderTest.StartAsync();
        var ariha = await SampleIncidentAsync(host, Monitor);
        await using var browser = await OpenAsync(host, ariha);
        var page = browser.Page;

        var arabic = Report(page, Monitor);
        await Assertions.Expect(arabic.Locator(".text")).ToContainTextAsync("أريحا");
        await browser.ShootAsync("arabic-1-incident.png");
        Assert.Equal("rtl", await Direction(arabic.Locator(".text")));
        Assert.Equal("rtl", await Direction(arabic.Locator("h3")));
        Assert.Equal("ltr", await Direction(Report(page, Amnesty).Locator(".text")));
        Assert.Empty(browser.Errors);
    }

    private static Task<string> Direction(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).direction");

    private static ILocator Reports(IPage page) => page.Locator("article.report");

    private static ILocator Report(IPage page, string reportId) => page.Locator($"article.report[data-report='{reportId}']");

    /// <summary>Ticks (or unticks) every claim of a report on the incident's page.</summary>
    private static async Task TickAsync(IPage page, string reportId, bool ticked = true)
    {
        foreach (var box in await Report(page, reportId).Locator(".claim-pick").AllAsync())
        {
            await box.SetCheckedAsync(ticked);
        }
    }

    private static async Task<System.Text.Json.JsonElement[]> SampleScoresAsync(HostUnderTest host)
    {
        await host.SubmitAsync(Repository.Sample);
        return await host.WaitForScoresAsync(4);
    }

    private static async Task<string> SampleIncidentAsync(HostUnderTest host, string reportId) =>
        HostUnderTest.IncidentWith(await SampleScoresAsync(host), reportId);

    /// <summary>The dashboard of an open Host, on an incident's page reached from the list.</summary>
    private async Task<DashboardBrowser> OpenAsync(HostUnderTest host, string incidentId)
    {
        var browser = await DashboardBrowser.OpenAsync(output);
        await browser.OpenListAsync(host.WebUrl, 4);
        await browser.OpenIncidentAsync(incidentId);
        return browser;
    }
}
