using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// A table's rows read from and written to the database through the context's own connection and transaction, with
/// EF's type mappings (so a value is stored exactly as EF Core would store it on that engine).
/// </summary>
internal static class TableRows
{
    public static async IAsyncEnumerable<object?[]> ReadAsync(PortalDbContext db, SchemaTable table,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Opened here, so closed here (EF counts opens): the context outlives this read, for the verb's next table or a
        // later lease of the pooled context.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db);

            // Table and column names come from the model, never from input.
            command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object?[table.Columns.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = ColumnValues.Read(reader, i, table.Columns[i]);
                }

                yield return row;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The table's row count and canonical checksum, as read from the database.</summary>
    public static async Task<(long Rows, string Checksum)> ChecksumAsync(PortalDbContext db, SchemaTable table, CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await foreach (var row in ReadAsync(db, table, cancellationToken))
        {
            checksum.Add(row);
        }

        return (checksum.Rows, checksum.Finish());
    }

    /// <summary>
    /// Inserts the rows in multi-row statements, one command per table reused for every full batch (so SQLite prepares
    /// it once): one round trip per batch instead of one per row. Values still go as parameters made by EF's type
    /// mapping, so what is stored is the same as one row at a time.
    /// </summary>
    public static async Task InsertAsync(PortalDbContext db, SchemaTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var perStatement = RowsPerStatement(db, table.Columns.Count);
        await using var full = Command(db);
        full.CommandText = InsertSql(table, perStatement);
        var batch = new List<object?[]>(perStatement);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == perStatement)
            {
                await InsertBatchAsync(full, table, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await using var rest = Command(db);
            rest.CommandText = InsertSql(table, batch.Count);
            await InsertBatchAsync(rest, table, batch, cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL: up to 500 rows a statement, fewer for wide tables, so that a statement's parameters stay well under
    /// Npgsql's 65,535 — the round trip is what costs there. SQLite runs in the process, so there is no round trip to
    /// save, and it finds each parameter by name with a linear scan: thousands of parameters a statement make the
    /// binding quadratic (measured slower than one row a statement), so it gets about 100 parameters a statement.
    /// </summary>
    internal static int RowsPerStatement(PortalDbContext db, int columns) =>
        db.Database.IsNpgsql() ? Math.Clamp(30_000 / Math.Max(columns, 1), 1, 500) : Math.Clamp(100 / Math.Max(columns, 1), 1, 500);

    private static string InsertSql(SchemaTable table, int rows)
    {
        var columns = table.Columns.Count;
        var text = new StringBuilder($"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var i = 0; i < columns; i++)
            {
                text.Append(i == 0 ? "@p" : ", @p").Append((r * columns + i).ToString(CultureInfo.InvariantCulture));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static async Task InsertBatchAsync(DbCommand command, SchemaTable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var columns = table.Columns.Count;
        command.Parameters.Clear();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var i = 0; i < columns; i++)
            {
                var name = "p" + (r * columns + i).ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, name, rows[r][i], nullable: true));
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task ExecuteAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(db);
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DbCommand Command(PortalDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}

/// <summary>
/// A table's checksum: the SHA-256 of each row's canonical form (<see cref="ColumnValues.WriteCanonical"/>), sorted, then
/// hashed together — independent of the order the engine returns rows in, which differs between engines.
/// </summary>
internal sealed class TableChecksum
{
    private readonly List<byte[]> _rows = [];
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public long Rows => _rows.Count;

    public void Add(object?[] row)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartArray();
            foreach (var value in row)
            {
                ColumnValues.WriteCanonical(json, value);
            }

            json.WriteEndArray();
        }

        _rows.Add(SHA256.HashData(_buffer.WrittenSpan));
    }

    public string Finish()
    {
        _rows.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in _rows)
        {
            hash.AppendData(row);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
