using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Corroboration.Storage.Bulk;

/// <summary>
/// One of a store's statements prepared once in a transaction and run for many rows: its
/// <c>@parameters</c> are bound by name from each row's properties, as Dapper binds them, so a
/// bulk write runs the stores' own SQL without parsing and planning it again for every row.
/// </summary>
public sealed partial class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly string[] _names;
    private Type? _rowType;
    private PropertyInfo[] _properties = [];
    private bool _prepared;

    public PreparedCommand(DbTransaction transaction, string sql)
    {
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _names = Parameter().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var name in _names)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@" + name;
            _command.Parameters.Add(parameter);
        }
    }

    public int Execute(object row)
    {
        Bind(row);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement for the row and returns the integer it selects (or RETURNs), null when none.</summary>
    public long? ExecuteInt64(object row)
    {
        Bind(row);
        return _command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object row)
    {
        if (row.GetType() != _rowType)
        {
            _rowType = row.GetType();
            _properties = _names.Select(name => _rowType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new ArgumentException($"{_rowType.Name} has no property for the parameter @{name}", nameof(row))).ToArray();
        }
        for (var i = 0; i < _properties.Length; i++)
        {
            _command.Parameters[i].Value = _properties[i].GetValue(row) ?? DBNull.Value;
        }
        if (!_prepared)
        {
            // After the first binding: PostgreSQL prepares only parameters whose types it knows.
            _command.Prepare();
            _prepared = true;
        }
    }

    // A parameter: @name, not inside another word (an e-mail address in a literal, say).
    [GeneratedRegex(@"(?<![\w@])@(\w+)")]
    private static partial Regex Parameter();
}
