using System.Globalization;
using System.Text;
using Corroboration.ServiceDefaults.Security;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro token</c>: prints a JWT signed with the key the services are configured with
/// (<c>Auth:SigningKey</c>), for the roles and subject asked. The subject is who the audit
/// records for an analyst's change.
/// </summary>
public static class TokenCommand
{
    public const string SigningKeyVariable = "CORRO_SIGNING_KEY";
    private const int DefaultDays = 7;
    private const int MaxDays = 3650;

    public static int Run(CommandLine line)
    {
        line.AllowOnly("signing-key", "roles", "subject", "days", "issuer", "audience");
        var key = line.Optional("signing-key") ?? Environment.GetEnvironmentVariable(SigningKeyVariable)
            ?? throw new UsageException($"--signing-key (or {SigningKeyVariable}) is required");
        if (Encoding.UTF8.GetByteCount(key) < AuthOptions.MinSigningKeyBytes)
        {
            throw new UsageException($"--signing-key must be at least {AuthOptions.MinSigningKeyBytes} bytes, as the services require");
        }
        var roles = Roles(line.Optional("roles"));
        var subject = line.Optional("subject") ?? Environment.UserName;
        var days = Days(line.Optional("days"));
        var token = TokenMinter.Mint(key, subject, roles, TimeSpan.FromDays(days),
            line.Optional("issuer") ?? new AuthOptions().Issuer, line.Optional("audience") ?? new AuthOptions().Audience);
        Console.WriteLine(token);
        return 0;
    }

    private static IReadOnlyList<string> Roles(string? list)
    {
        if (list is null)
        {
            return Role.All;
        }
        var roles = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var unknown = roles.Except(Role.All).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new UsageException($"--roles takes a comma-separated list of {string.Join(", ", Role.All)}" + (unknown.Count > 0 ? $"; not '{unknown[0]}'" : ""));
        }
        return roles;
    }

    private static int Days(string? value)
    {
        if (value is null)
        {
            return DefaultDays;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= MaxDays
            ? days
            : throw new UsageException($"--days must be a whole number from 1 to {MaxDays}");
    }
}
