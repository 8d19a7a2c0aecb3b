using Microsoft.Data.Sqlite;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>
/// Writes N published items, their ledger rows and the counters straight into SQLite: going through
/// IContentManager would take hours for a million items, and the rows are exactly what it would write.
/// </summary>
internal static class Seeder
{
    public const int Units = 13;
    public const string NewsCategory = "tin-hoat-dong";

    private static readonly string[] NewsCategories = [NewsCategory, "doi-ngoai", "kinh-te", "van-hoa", "quoc-phong"];
    private static readonly string[] BroadcastKinds = ["RadioProgramme", "RadioNewsPage", "TvSpecial"];
    private static readonly string[] DocumentTypes = ["NQ", "QĐ", "CT", "QC", "QYĐ", "TC", "TB", "HD", "CTr", "KH"];

    /// <summary>Seeds the items and returns the last Vietnam day that has a publication.</summary>
    public static DateOnly Seed(string path, int items, DateTime lastUtc)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "PRAGMA foreign_keys=OFF;");
        for (var unit = 1; unit <= Units; unit++)
        {
            Execute(connection, transaction,
                $"INSERT INTO Units (Id, Code, Name, Kind, SortOrder, IsActive) VALUES ({unit}, 'don-vi-{unit}', 'Đơn vị {unit}', 0, {unit}, 1);");
        }

        // The News editor validates the category against this table; the publish benchmark uses the first one.
        Execute(connection, transaction,
            $"INSERT INTO Categories (ContentType, Culture, Slug, Name, SortOrder) VALUES ('News', 'vi', '{NewsCategory}', 'Tin hoạt động', 0);");

        using var item = Prepare(connection, transaction,
            "INSERT INTO ContentItems (Id, ContentType, Status, IsDeleted, CreatedUtc, ModifiedUtc, Revision) VALUES ($id, $type, 1, 0, $at, $at, 2)",
            "$id", "$type", "$at");
        using var version = Prepare(connection, transaction,
            """
            INSERT INTO ContentVersions (Id, ContentItemId, Number, ContentType, Title, Slug, Culture, UnitId, Subtype, Category,
                PublishedUtc, Data, CreatedUtc, IsLatest, IsPublished)
            VALUES ($id, $id, 1, $type, $title, $slug, $culture, $unit, $subtype, $category, $at, '{}', $at, 1, 1)
            """,
            "$id", "$type", "$title", "$slug", "$culture", "$unit", "$subtype", "$category", "$at");
        using var ledger = Prepare(connection, transaction,
            """
            INSERT INTO PublicationLedger (RecordedUtc, ContentItemId, ContentVersionId, Action, After_PublishedUtc, After_ContentType,
                After_Subtype, After_UnitId, After_Culture, After_Category)
            VALUES ($at, $id, $id, 'Published', $at, $type, $subtype, $unit, $culture, $category)
            """,
            "$at", "$id", "$type", "$subtype", "$unit", "$culture", "$category");

        // Fixed seed: every run measures the same data.
        var random = new Random(20261122);
        var span = TimeSpan.FromDays(3652).TotalSeconds;
        var counters = new Dictionary<CounterKey, int>();
        var lastDay = DateOnly.MinValue;
        for (var id = 1; id <= items; id++)
        {
            var at = lastUtc.AddSeconds(-Math.Floor(random.NextDouble() * span));
            var roll = random.Next(100);
            var (type, subtype, category) = roll switch
            {
                < 55 => ("News", "", NewsCategories[random.Next(NewsCategories.Length)]),
                < 75 => ("Broadcast", BroadcastKinds[random.Next(BroadcastKinds.Length)], ""),
                _ => ("Document", DocumentTypes[random.Next(DocumentTypes.Length)], ""),
            };
            var unit = 1 + random.Next(Units);
            var culture = random.Next(10) < 8 ? "vi" : "en";
            Run(item, id, type, at);
            Run(version, id, type, $"Bài {id}", $"bai-{id}", culture, unit, subtype.Length == 0 ? null : subtype,
                category.Length == 0 ? null : category, at);
            Run(ledger, at, id, type, subtype, unit, culture, category);

            // The Vietnam day (UTC+7, no daylight saving) that Counting.VietnamDay gives.
            var day = DateOnly.FromDateTime(at.AddHours(7));
            var key = new CounterKey(day, type, subtype, unit, culture, category);
            counters[key] = counters.GetValueOrDefault(key) + 1;
            lastDay = day > lastDay ? day : lastDay;
        }

        // The daily rows roll up into the two monthly tables as the module's CounterLevels do; the timed
        // `counters verify` then checks all three against its own recount.
        WriteCounters(connection, transaction, "PublicationCounters", "Day", counters);
        WriteCounters(connection, transaction, "PublicationMonthCounters", "Month",
            Roll(counters, k => k with { Day = new DateOnly(k.Day.Year, k.Day.Month, 1) }));
        WriteCounters(connection, transaction, "PublicationMonthTypeCounters", "Month",
            Roll(counters, k => k with { Day = new DateOnly(k.Day.Year, k.Day.Month, 1), Unit = 0, Category = "" }));

        transaction.Commit();
        return lastDay;
    }

    private static Dictionary<CounterKey, int> Roll(Dictionary<CounterKey, int> days, Func<CounterKey, CounterKey> rowOf)
    {
        var rows = new Dictionary<CounterKey, int>();
        foreach (var (day, count) in days)
        {
            var row = rowOf(day);
            rows[row] = rows.GetValueOrDefault(row) + count;
        }

        return rows;
    }

    private static void WriteCounters(SqliteConnection connection, SqliteTransaction transaction, string table, string period, Dictionary<CounterKey, int> rows)
    {
        using var counter = Prepare(connection, transaction,
            $"INSERT INTO {table} ({period}, ContentType, Subtype, UnitId, Culture, Category, Count, Withdrawn) VALUES ($day, $type, $subtype, $unit, $culture, $category, $count, 0)",
            "$day", "$type", "$subtype", "$unit", "$culture", "$category", "$count");
        foreach (var (key, count) in rows)
        {
            Run(counter, key.Day, key.Type, key.Subtype, key.Unit, key.Culture, key.Category, count);
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private readonly record struct CounterKey(DateOnly Day, string Type, string Subtype, int Unit, string Culture, string Category);
}
