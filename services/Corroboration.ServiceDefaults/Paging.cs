namespace Corroboration.ServiceDefaults;

/// <summary>Page sizes (1–500, 50 when not given) and page tokens of the List methods.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static int PageSize(int requested) => requested switch
    {
        0 => DefaultPageSize,
        < 0 or > MaxPageSize => throw RpcErrors.InvalidArgument("pageSize", $"must be between 1 and {MaxPageSize}"),
        _ => requested,
    };

    /// <summary>The token of a list paged by a number (a version, an audit id), or null for the first page.</summary>
    public static long? IdToken(string token)
    {
        if (token.Length == 0)
        {
            return null;
        }
        return long.TryParse(token, out var id) && id > 0 ? id : throw RpcErrors.InvalidArgument("pageToken", "must be a nextPageToken of this list");
    }
}
