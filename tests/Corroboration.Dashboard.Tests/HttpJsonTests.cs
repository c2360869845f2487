using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroboration.ServiceDefaults.Security;

namespace Corroboration.Dashboard.Tests;

/// <summary>HTTP/JSON (gRPC JSON transcoding) on the Host's web endpoint, with tokens required: roles apply as over gRPC.</summary>
public sealed class HttpJsonTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private HostUnderTest _host = null!;

    public async Task InitializeAsync() =>
        _host = await HostUnderTest.StartAsync(new Dictionary<string, string> { ["Auth__Open"] = "false", ["Auth__SigningKey"] = _key });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ACallWithoutATokenIsUnauthorizedWithTheStatusAsJson()
    {
        using var response = await _host.Http.GetAsync("/v1/scores");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(16, status.GetProperty("code").GetInt32()); // UNAUTHENTICATED
        Assert.Contains("bearer token", status.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AReaderMayListButNotMerge()
    {
        var reader = Token(Role.Reader);

        using var list = await Send(HttpMethod.Get, "/v1/scores", reader);
        using var merge = await Send(HttpMethod.Post, "/v1/incidents/inc-000001:merge", reader, """{"sourceIncidentIds":["inc-000002"],"reason":"test"}""");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        Assert.Contains("analyst", await merge.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReportsSubmittedAsJsonEndAsScoredIncidentsReadAsJson()
    {
        await _host.SubmitAsync(Repository.Sample, Token(Role.Ingest));

        var scores = await _host.WaitForScoresAsync(4, Token(Role.Reader));
        using var history = await Send(HttpMethod.Get, $"/v1/scores/{scores[0].GetProperty("id").GetString()}/history", Token(Role.Reader));
        using var missing = await Send(HttpMethod.Get, "/v1/scores/no-such-incident", Token(Role.Reader));

        Assert.All(scores, score => Assert.InRange(score.GetProperty("confidence").GetDouble(), 0, 1));
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Contains("\"versions\"", await history.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ScoresAreListedFilteredAndOrderedOverGetAndPost()
    {
        await _host.SubmitAsync(Repository.Sample, Token(Role.Ingest));
        var scores = await _host.WaitForScoresAsync(4, Token(Role.Reader));
        var ids = scores.Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();

        using var get = await Send(HttpMethod.Get, "/v1/scores?orderBy=report_count%20desc&pageSize=2", Token(Role.Reader));
        using var post = await Send(HttpMethod.Post, "/v1/scores:search", Token(Role.Reader), $$"""{"incidentIds":["{{ids[0]}}","{{ids[2]}}"]}""");
        using var bad = await Send(HttpMethod.Get, "/v1/scores?orderBy=loudness", Token(Role.Reader));

        var page = JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement;
        var reports = page.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("reportIds").GetArrayLength()).ToArray();
        Assert.Equal(scores.Select(s => s.GetProperty("reportIds").GetArrayLength()).OrderDescending().Take(2), reports);
        Assert.NotEmpty(page.GetProperty("nextPageToken").GetString()!);
        var picked = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("scores").EnumerateArray();
        Assert.Equal([ids[0], ids[2]], picked.Select(s => s.GetProperty("id").GetString()!));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("orderBy", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInvalidReportIsABadRequestNamingTheField()
    {
        using var response = await Send(HttpMethod.Post, "/v1/reports", Token(Role.Ingest), """{"report":{"id":"","text":"x"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryRouteAndNeedsNoToken()
    {
        using var response = await _host.Http.GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var route in new[] { "/v1/reports", "/v1/incidents", "/v1/incidents/{targetIncidentId}:merge", "/v1/scores", "/v1/scores:watch", "/v1/sources:setReliability" })
        {
            Assert.True(paths.TryGetProperty(route, out _), $"{route} missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task TheDashboardPageIsServedWithoutAToken()
    {
        var page = await _host.Http.GetStringAsync("/");
        var script = await _host.Http.GetStringAsync("/js/app.js");

        Assert.Contains("<main id=\"view\">", page);
        Assert.Contains("WatchScores", await _host.Http.GetStringAsync("/js/live.js"));
        Assert.Contains("renderIncident", script);
    }

    private string Token(string role) => TokenMinter.Mint(_key, "alice", [role], TimeSpan.FromMinutes(10));

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return await _host.Http.SendAsync(request);
    }
}
