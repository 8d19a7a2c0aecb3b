using System.Buffers;
using System.Data.Common;
using System.Security.Cryptography;
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
        await db.Database.OpenConnectionAsync(cancellationToken);
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

    public static async Task InsertAsync(PortalDbContext db, SchemaTable table, object?[] row, CancellationToken cancellationToken)
    {
        await using var command = Command(db);
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < row.Length; i++)
        {
            command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, "p" + i, row[i], nullable: true));
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
