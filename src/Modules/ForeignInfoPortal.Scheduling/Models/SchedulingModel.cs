using ForeignInfoPortal.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Scheduling.Models;

internal static class SchedulingModel
{
    public static void Configure(ModelBuilder builder) =>
        builder.Entity<ScheduledAction>(action =>
        {
            action.ToTable("ScheduledActions");
            action.HasOne<ContentItem>().WithMany().HasForeignKey(a => a.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            action.Property(a => a.CreatedById).HasMaxLength(450);
            action.Property(a => a.Outcome).HasMaxLength(1000);
            action.HasIndex(a => new { a.CompletedUtc, a.DueUtc });
            action.HasIndex(a => a.ContentItemId);
        });
}
