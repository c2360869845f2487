namespace Corroboration.ServiceDefaults;

/// <summary>Collects every bad field of a request, named as in proto3 JSON, and fails with all of them at once.</summary>
public sealed class RequestCheck
{
    private const int MaxReasonLength = 2000;
    private readonly List<(string Field, string Description)> _violations = [];

    public RequestCheck Add(string field, string description)
    {
        _violations.Add((field, description));
        return this;
    }

    public RequestCheck Required(string value, string field) => string.IsNullOrWhiteSpace(value) ? Add(field, "is required") : this;

    /// <summary>Who and why: every manual change is audited with both.</summary>
    public RequestCheck Change(string? analyst, string reason)
    {
        if (analyst is null)
        {
            Add("analyst", "is required");
        }
        else if (analyst.Length > AnalystIdentity.MaxLength)
        {
            Add("analyst", $"must be at most {AnalystIdentity.MaxLength} characters");
        }
        return reason.Length > MaxReasonLength ? Add("reason", $"must be at most {MaxReasonLength} characters") : Required(reason, "reason");
    }

    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw RpcErrors.InvalidArgument(_violations);
        }
    }
}
