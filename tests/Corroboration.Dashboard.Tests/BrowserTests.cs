using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corroboration.ServiceDefaults.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Corroboration.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser (Debian's Chromium, headless, driven by Playwright) against the
/// embedded Host as a real process: the list, an incident, a merge through the UI and the score
/// that follows; sorting, filtering and paging the list on the server; a reader's token pasted
/// once, with the analyst's buttons disabled. Screenshots
/// are kept under TestResults/screenshots.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task AnAnalystMergesTwoIncidentsAndSeesTheScoreUpdate()
    {
        await using var host = await HostUnderTest.StartAsync();
        await host.SubmitAsync(Repository.Sample);
        var scores = await host.WaitForScoresAsync(4);
        // The two incidents with the fewest reports: merging one into the other changes its score.
        var smallest = scores.OrderBy(s => s.GetProperty("reportIds").GetArrayLength()).ThenBy(s => s.GetProperty("id").GetString()).Take(2)
            .Select(s => s.GetProperty("id").GetString()!).ToArray();
        var (target, source) = (smallest[0], smallest[1]);

        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        var rows = await browser.OpenListAsync(host.WebUrl, 4);
        await browser.ShootAsync("1-list.png");

        await browser.OpenIncidentAsync(target);
        var versionBefore = int.Parse(await page.Locator("#score-version").InnerTextAsync());
        var reportsBefore = int.Parse(await page.Locator("#report-count").InnerTextAsync());
        var confidenceBefore = await page.Locator("#confidence").InnerTextAsync();
        await Assertions.Expect(page.Locator("#map svg")).ToBeVisibleAsync();
        await browser.ShootAsync("2-incident.png");

        await page.Locator("#merge-ids").FillAsync(source);
        await page.Locator("#action-reason").FillAsync("same strike, reported twice");
        await page.Locator("#merge-button").ClickAsync();

        await Assertions.Expect(page.Locator("#score-version")).Not.ToHaveTextAsync(versionBefore.ToString(), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#score-reason")).ToContainTextAsync("MergeIncidents");
        var reportsAfter = int.Parse(await page.Locator("#report-count").InnerTextAsync());
        var confidenceAfter = await page.Locator("#confidence").InnerTextAsync();
        await Assertions.Expect(page.Locator("#history li")).ToHaveCountAsync(2);
        await browser.ShootAsync("3-merged.png");

        await page.Locator("a[href='#/']").First.ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator($"#incident-rows tr[data-incident='{source}']")).ToHaveCountAsync(0);
        await browser.ShootAsync("4-list-after-merge.png");

        output.WriteLine($"merged {source} into {target}: reports {reportsBefore} → {reportsAfter}, confidence {confidenceBefore} → {confidenceAfter}");
        Assert.True(reportsAfter > reportsBefore, $"reports {reportsBefore} → {reportsAfter}");
        Assert.Matches(new Regex("^\\d+%$"), confidenceAfter);
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task AReaderPastesATokenOnceAndSeesTheAnalystsButtonsDisabled()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var host = await HostUnderTest.StartAsync(new Dictionary<string, string> { ["Auth__Open"] = "false", ["Auth__SigningKey"] = key });
        await host.SubmitAsync(Repository.Sample, TokenMinter.Mint(key, "ingester", [Role.Ingest], TimeSpan.FromMinutes(10)));
        var scores = await host.WaitForScoresAsync(4, TokenMinter.Mint(key, "bob", [Role.Reader], TimeSpan.FromMinutes(10)));

        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        await page.GotoAsync(host.WebUrl);
        await browser.PasteTokenAsync(TokenMinter.Mint(key, "bob", [Role.Reader], TimeSpan.FromMinutes(10)));
        await Assertions.Expect(page.Locator("#incident-rows tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("roles: reader");

        await page.ReloadAsync(); // the token is kept for the tab, not asked again
        var id = scores[0].GetProperty("id").GetString()!;
        await browser.OpenIncidentAsync(id);
        await browser.ShootAsync("5-reader.png");

        await Assertions.Expect(page.Locator("#merge-button")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#confirm-button")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#pin-button")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#actions")).ToContainTextAsync("no analyst role");
    }

    [ChromiumFact]
    public async Task TheListSortsFiltersAndPagesOnTheServer()
    {
        await using var host = await HostUnderTest.StartAsync();
        await host.SubmitAsync(Repository.Sample);
        var scores = await host.WaitForScoresAsync(4);
        string Id(JsonElement s) => s.GetProperty("id").GetString()!;
        string Text(JsonElement s, string field) => s.TryGetProperty(field, out var value) ? value.GetString()! : "";
        var byPlace = scores.OrderBy(s => Text(s, "place"), StringComparer.Ordinal).ThenBy(Id, StringComparer.Ordinal).Select(Id).ToArray();
        // A grade that only some incidents have, in that order.
        var grade = scores.GroupBy(s => Text(s, "grade")).OrderBy(g => g.Count()).First().Key;
        var ofGrade = byPlace.Where(id => Text(scores.Single(s => Id(s) == id), "grade") == grade).ToArray();
        Assert.InRange(ofGrade.Length, 1, scores.Length - 1);

        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        var searches = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/v1/scores:search", StringComparison.Ordinal))
            {
                searches.Add(request.PostData ?? "");
            }
        };
        await page.GotoAsync(host.WebUrl);
        var ids = page.Locator("#incident-rows tr td:first-child");
        await Assertions.Expect(ids).ToHaveCountAsync(4);

        await page.Locator("select[name=sort]").SelectOptionAsync("place");
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace);

        await page.Locator("input[name=pageSize]").FillAsync("3");
        await page.Locator("input[name=pageSize]").DispatchEventAsync("change");
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace[..3]);
        await Assertions.Expect(page.Locator("#incident-count")).ToHaveTextAsync("Incidents 1–3, more on the next pages");
        await page.Locator("#page-next").ClickAsync();
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace[3..]);
        await Assertions.Expect(page.Locator("#incident-count")).ToHaveTextAsync("Incident 4");
        await Assertions.Expect(page.Locator("#page-next")).ToBeDisabledAsync();
        await page.Locator("#page-previous").ClickAsync();
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace[..3]);

        await page.Locator("select[name=grade]").SelectOptionAsync(grade);
        await Assertions.Expect(ids).ToHaveTextAsync(ofGrade.Take(3).ToArray());
        await browser.ShootAsync("6-list-by-place-of-grade.png");

        // Text lives in Matching: the incidents it finds there, in the list's order.
        var word = Text(scores.Single(s => Id(s) == byPlace[^1]), "place");
        var found = JsonDocument.Parse(await host.Http.GetStringAsync($"/v1/incidents?text={Uri.EscapeDataString(word)}"))
            .RootElement.GetProperty("incidents").EnumerateArray().Select(Id).ToHashSet();
        await page.Locator("select[name=grade]").SelectOptionAsync("");
        await page.Locator("input[name=text]").FillAsync(word);
        await page.Locator("input[name=text]").DispatchEventAsync("change");
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace.Where(found.Contains).Take(3).ToArray());
        Assert.InRange(found.Count, 1, scores.Length - 1);

        Assert.Contains(searches, body => body.Contains("\"orderBy\":\"place\"") && body.Contains($"\"grade\":\"{grade}\""));
        Assert.Contains(searches, body => body.Contains("\"incidentIds\":["));
    }

    [ChromiumFact]
    public async Task APageAskedForWhileALiveUpdateReloadsTheListIsThePageShown()
    {
        await using var host = await HostUnderTest.StartAsync();
        await host.SubmitAsync(Repository.Sample);
        var scores = await host.WaitForScoresAsync(4);
        var byPlace = scores.Select(s => (Id: s.GetProperty("id").GetString()!, Place: s.TryGetProperty("place", out var p) ? p.GetString()! : ""))
            .OrderBy(s => s.Place, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToArray();

        await using var browser = await DashboardBrowser.OpenAsync(output);
        var page = browser.Page;
        await page.GotoAsync(host.WebUrl);
        var ids = page.Locator("#incident-rows tr td:first-child");
        await Assertions.Expect(ids).ToHaveCountAsync(4);
        await page.Locator("select[name=sort]").SelectOptionAsync("place");
        await page.Locator("input[name=pageSize]").FillAsync("3");
        await page.Locator("input[name=pageSize]").DispatchEventAsync("change");
        await Assertions.Expect(ids).ToHaveTextAsync(byPlace[..3]);

        // Every page answer from now on is slow; while page 2 is on its way, the incident on it is
        // confirmed, and its live update (not listed on page 1) reloads the list.
        await page.RouteAsync("**/v1/scores:search", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await page.Locator("#page-next").ClickAsync();
        using var confirm = await host.Http.PostAsJsonAsync($"/v1/scores/{byPlace[3]}:flag",
            new { verdict = "VERDICT_CONFIRMED", analyst = "tester", reason = "seen on the ground" });
        Assert.True(confirm.IsSuccessStatusCode, $"flag: {(int)confirm.StatusCode} {await confirm.Content.ReadAsStringAsync()}");

        await Assertions.Expect(ids).ToHaveTextAsync([byPlace[3]], new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#incident-count")).ToHaveTextAsync("Incident 4");
        await page.WaitForTimeoutAsync(3000); // any answer still on its way must not take the page back
        await Assertions.Expect(ids).ToHaveTextAsync([byPlace[3]]);
    }
}
