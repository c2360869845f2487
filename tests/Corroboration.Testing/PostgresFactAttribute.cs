using Xunit;

namespace Corroboration.Testing;

/// <summary>A test that needs PostgreSQL: skipped unless <c>CORRO_TEST_POSTGRES</c> names a server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ScratchDatabase.Server is null)
        {
            Skip = $"set {ScratchDatabase.Variable} to a PostgreSQL connection string to run";
        }
    }
}
