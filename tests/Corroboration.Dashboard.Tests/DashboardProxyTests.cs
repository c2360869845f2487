using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Corroboration.ServiceDefaults.Security;

namespace Corroboration.Dashboard.Tests;

/// <summary>The distributed mode's dashboard: the same page, and the API forwarded over HTTP/2 to gRPC-only (plain-text HTTP/2) services with the caller's token.</summary>
public sealed class DashboardProxyTests
{
    [Fact]
    public async Task TheDashboardServesThePageAndForwardsTheCallersToken()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var host = await HostUnderTest.StartAsync(new Dictionary<string, string> { ["Auth__Open"] = "false", ["Auth__SigningKey"] = key });
        await using var dashboard = await DashboardProcess.StartAsync(host.GrpcUrl);
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.Url) };

        var page = await http.GetStringAsync("/");
        using var anonymous = await http.GetAsync("/v1/scores");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/scores");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenMinter.Mint(key, "alice", [Role.Reader], TimeSpan.FromMinutes(5)));
        using var reader = await http.SendAsync(request);

        Assert.Contains("<main id=\"view\">", page);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains("\"scores\"", await reader.Content.ReadAsStringAsync());
    }
}
