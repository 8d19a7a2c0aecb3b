using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Models;

internal static class WorkflowModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ContentReview>(review =>
        {
            review.ToTable("ContentReviews");
            review.HasKey(r => r.ContentItemId);
            review.HasOne<ContentItem>().WithOne().HasForeignKey<ContentReview>(r => r.ContentItemId).OnDelete(DeleteBehavior.Cascade);
            review.Property(r => r.ContentType).HasMaxLength(64);
            review.Property(r => r.SubmittedById).HasMaxLength(450);
            review.Property(r => r.ReviewerId).HasMaxLength(450);
            review.Property(r => r.Comment).HasMaxLength(2000);
            review.HasIndex(r => new { r.State, r.ContentType });
            review.HasIndex(r => new { r.SubmittedById, r.State });
        });

        builder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
            notification.Property(n => n.UserId).HasMaxLength(450);
            notification.Property(n => n.Text).HasMaxLength(500);
            notification.Property(n => n.Url).HasMaxLength(500);
            notification.HasIndex(n => new { n.UserId, n.ReadUtc, n.CreatedUtc });
            notification.Property(n => n.MailError).HasMaxLength(1000);
            notification.HasIndex(n => n.MailDueUtc);
        });
    }
}
