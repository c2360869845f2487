namespace Corroboration.Storage;

public enum SqlDialect
{
    Sqlite,
    Postgres,
}
