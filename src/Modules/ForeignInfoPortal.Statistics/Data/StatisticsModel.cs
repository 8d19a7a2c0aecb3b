using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Data;

/// <summary>The module's tables in the shared model.</summary>
internal static class StatisticsModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PublicationLedgerEntry>(entry =>
        {
            entry.ToTable("PublicationLedger");
            entry.Property(e => e.UserId).HasMaxLength(450);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.OwnsOne(e => e.Before, ConfigureKey);
            entry.OwnsOne(e => e.After, ConfigureKey);
            entry.HasIndex(e => e.ContentItemId);
            entry.HasIndex(e => e.RecordedUtc);
        });
        ConfigureCounter<DailyCounter>(builder, "PublicationCounters", "Day");
        ConfigureCounter<MonthCounter>(builder, "PublicationMonthCounters", "Month");
        ConfigureCounter<MonthTypeCounter>(builder, "PublicationMonthTypeCounters", "Month");
        builder.Entity<Activity>(activity =>
        {
            activity.ToTable("StatisticsActivities");
            activity.Property(a => a.Title).HasMaxLength(300);
            activity.Property(a => a.Note).HasMaxLength(2000);
            activity.Property(a => a.CreatedBy).HasMaxLength(450);
            activity.HasIndex(a => new { a.Date, a.Kind });
        });
        builder.Entity<IssuedReport>(report =>
        {
            report.ToTable("IssuedReports");
            report.Property(r => r.Number).HasMaxLength(50);
            report.Property(r => r.Title).HasMaxLength(300);
            report.Property(r => r.GroupBy).HasMaxLength(100);
            report.Property(r => r.IssuedBy).HasMaxLength(450);
            report.HasIndex(r => r.IssuedUtc);
        });
    }

    // The unique index is the upsert's conflict target and, led by the period, the range scan of a report.
    private static void ConfigureCounter<T>(ModelBuilder builder, string table, string period)
        where T : PublicationCounter => builder.Entity<T>(counter =>
        {
            counter.ToTable(table);
            counter.Property(c => c.Day).HasColumnName(period);
            counter.Property(c => c.ContentType).HasMaxLength(64);
            counter.Property(c => c.Subtype).HasMaxLength(64);
            counter.Property(c => c.Culture).HasMaxLength(10);
            counter.Property(c => c.Category).HasMaxLength(100);
            counter.HasIndex(c => new { c.Day, c.ContentType, c.Subtype, c.UnitId, c.Culture, c.Category }).IsUnique();
        });

    private static void ConfigureKey<TOwner>(Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, CountKey> key)
        where TOwner : class
    {
        key.Property(k => k.ContentType).HasMaxLength(64);
        key.Property(k => k.Subtype).HasMaxLength(64);
        key.Property(k => k.Culture).HasMaxLength(10);
        key.Property(k => k.Category).HasMaxLength(100);
    }
}
