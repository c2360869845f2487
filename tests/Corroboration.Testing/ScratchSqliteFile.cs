using Microsoft.Data.Sqlite;

namespace Corroboration.Testing;

/// <summary>A SQLite database file of its own for one test, deleted (with its WAL files) afterwards.</summary>
public sealed class ScratchSqliteFile : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"corro-scratch-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
