namespace Corroboration.Storage;

/// <summary>Which database a service uses (configuration section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    public string ConnectionString { get; set; } = "Data Source=corroboration.db";

    public SqlDialect Dialect => Provider.ToLowerInvariant() switch
    {
        "sqlite" => SqlDialect.Sqlite,
        "postgres" or "postgresql" or "npgsql" => SqlDialect.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider must be sqlite or postgres, not '{Provider}'."),
    };
}
