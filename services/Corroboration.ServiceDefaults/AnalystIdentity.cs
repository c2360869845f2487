using Grpc.Core;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// Who is acting: the one place that answers it. An authenticated caller is the subject of their
/// token, whatever the request says: a request may leave <c>analyst</c> empty, and one naming
/// somebody else is refused, so nobody can act in another's name. Only in Open mode (no tokens,
/// loopback) does the request's name stand.
/// </summary>
public sealed class AnalystIdentity
{
    public const int MaxLength = 200;

    /// <summary>The analyst, or null when the call does not say.</summary>
    public string? Resolve(ServerCallContext context, string requested)
    {
        var named = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        var caller = context.GetHttpContext().User.Identity?.Name;
        if (caller is null)
        {
            return named;
        }
        if (named is not null && named != caller)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"analyst must be the caller ('{caller}', the token's subject) or empty"));
        }
        return caller;
    }

    /// <summary>Adds who and why to the request's checks, fails with every bad field, and returns the change.</summary>
    public AnalystChange Checked(RequestCheck check, string analyst, string reason, ServerCallContext context)
    {
        var who = Resolve(context, analyst);
        check.Change(who, reason).ThrowIfAny();
        return new AnalystChange(who!, reason.Trim());
    }
}
