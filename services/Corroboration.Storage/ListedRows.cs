using System.Text.Json;
using Dapper;

namespace Corroboration.Storage;

/// <summary>
/// Many rows passed as one parameter and read as a table, so that a batch's rows go in one
/// statement: PostgreSQL unnests one array per column, SQLite reads a JSON array of rows.
/// <see cref="Sql"/> selects the columns by their names from the subquery <c>listed</c>.
/// </summary>
public sealed class ListedRows<TRow>
{
    private readonly SqlDialect _dialect;
    private readonly ListedColumn<TRow>[] _columns;
    private readonly string _names;

    public ListedRows(SqlDialect dialect, params ListedColumn<TRow>[] columns)
    {
        (_dialect, _columns) = (dialect, columns);
        var names = _names = string.Join(", ", columns.Select(c => c.Name));
        Sql = dialect == SqlDialect.Postgres
            ? $"SELECT {names} FROM unnest({string.Join(", ", columns.Select(c => "@" + c.Name))}) AS listed({names})"
            : $"SELECT {string.Join(", ", columns.Select((c, i) => $"json_extract(value, '$[{i}]') AS {c.Name}"))} FROM json_each(@rows) AS listed";
    }

    /// <summary>A subquery: <c>SELECT column, … FROM … AS listed</c>.</summary>
    public string Sql { get; }

    /// <summary>
    /// Inserts the rows into <paramref name="table"/>, whose columns of the same names they fill,
    /// followed by <paramref name="tail"/> (an <c>ON CONFLICT</c> clause, <c>RETURNING</c> …).
    /// </summary>
    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
    public string InsertSql(string table, string tail = "") => $"INSERT INTO {table} ({_names}) SELECT {_names} FROM ({Sql}) AS inserted WHERE true {tail}";

    /// <summary>The parameters <see cref="Sql"/> reads, for these rows.</summary>
    public DynamicParameters Parameters(IReadOnlyCollection<TRow> rows)
    {
        var parameters = new DynamicParameters();
        if (_dialect == SqlDialect.Postgres)
        {
            foreach (var column in _columns)
            {
                parameters.Add(column.Name, column.Array(rows));
            }
        }
        else
        {
            parameters.Add("rows", JsonSerializer.Serialize(rows.Select(row => _columns.Select(c => c.Value(row)).ToArray())));
        }
        return parameters;
    }
}

/// <summary>One column of <see cref="ListedRows{TRow}"/>: its name and how a row's value is read, typed for PostgreSQL's array.</summary>
public abstract record ListedColumn<TRow>(string Name)
{
    public static ListedColumn<TRow> Text(string name, Func<TRow, string?> value) => new Typed<string?>(name, value);

    public static ListedColumn<TRow> Integer(string name, Func<TRow, long> value) => new Typed<long>(name, value);

    public static ListedColumn<TRow> Real(string name, Func<TRow, double> value) => new Typed<double>(name, value);

    internal abstract object? Value(TRow row);

    internal abstract Array Array(IReadOnlyCollection<TRow> rows);

    private sealed record Typed<T>(string Name, Func<TRow, T> Read) : ListedColumn<TRow>(Name)
    {
        internal override object? Value(TRow row) => Read(row);

        internal override Array Array(IReadOnlyCollection<TRow> rows) => rows.Select(Read).ToArray();
    }
}
