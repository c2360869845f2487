using Corroboration.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corroboration.Cli.Tests;

/// <summary><c>corro token</c>: a JWT the services accept, with the roles and subject asked.</summary>
[Collection("Console")]
public sealed class TokenCommandTests
{
    private const string Key = "a-signing-key-of-at-least-thirty-two-bytes";

    [Fact]
    public async Task PrintsATokenSignedWithTheKeyHoldingTheRolesAndSubjectAsked()
    {
        var (code, stdout, _) = await Corro.RunAsync("token", "--signing-key", Key, "--roles", "analyst,reader", "--subject", "alice", "--days", "2");

        Assert.Equal(0, code);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(stdout.Trim(), new TokenValidationParameters
        {
            ValidIssuer = "corroboration",
            ValidAudience = "corroboration",
            IssuerSigningKey = TokenMinter.SigningKeyOf(Key),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal("alice", token.Subject);
        Assert.Equal(["analyst", "reader"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value).Order());
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    [Theory]
    [InlineData("--signing-key", "too-short")]
    [InlineData("--signing-key", Key, "--roles", "admin")]
    [InlineData("--signing-key", Key, "--days", "0")]
    [InlineData("--roles", "reader")]
    public async Task BadOptionsAreAUsageError(params string[] options)
    {
        var (code, _, stderr) = await Corro.RunAsync(["token", .. options]);

        Assert.Equal(2, code);
        Assert.StartsWith("corro: ", stderr);
    }
}
