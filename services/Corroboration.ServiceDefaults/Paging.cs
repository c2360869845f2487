namespace Corroboration.ServiceDefaults;

/// <summary>Page sizes of the List methods: 1–500, 50 when not given.</summary>
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
}
