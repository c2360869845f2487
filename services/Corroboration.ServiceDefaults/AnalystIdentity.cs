using Grpc.Core;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// Who is acting: the one place that answers it. Until calls are authenticated it is the name the
/// request gives; then it comes from the caller's token (<c>context.GetHttpContext().User</c>).
/// </summary>
public sealed class AnalystIdentity
{
    public const int MaxLength = 200;

    /// <summary>The analyst, or null when the call does not say.</summary>
    public string? Resolve(ServerCallContext context, string requested) =>
        string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();

    /// <summary>Adds who and why to the request's checks, fails with every bad field, and returns the change.</summary>
    public AnalystChange Checked(RequestCheck check, string analyst, string reason, ServerCallContext context)
    {
        var who = Resolve(context, analyst);
        check.Change(who, reason).ThrowIfAny();
        return new AnalystChange(who!, reason.Trim());
    }
}
