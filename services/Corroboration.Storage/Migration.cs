namespace Corroboration.Storage;

/// <summary>One schema step of one service. The SQL must run on both SQLite and PostgreSQL.</summary>
public sealed record Migration(int Version, string Description, string Sql);
