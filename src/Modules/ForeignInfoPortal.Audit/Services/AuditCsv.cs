using ForeignInfoPortal.Audit.ViewModels;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>The filtered trail as CSV: Vietnamese headers, Vietnam time, diffs as one readable line per entry.</summary>
internal static class AuditCsv
{
    public static readonly string[] Columns =
    [
        "Thời điểm (giờ Việt Nam)", "Hành động", "Mã hành động", "Người thực hiện", "Mã người dùng", "Loại đối tượng",
        "Mã đối tượng", "Tên đối tượng", "Chi tiết", "Địa chỉ IP",
    ];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = Csv.Writer(output);
        await writer.WriteLineAsync(Csv.Line(Columns));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            // Every cell is text someone typed or named, so every cell is guarded.
            await writer.WriteLineAsync(Csv.Line(new[]
            {
                row.When, row.Action, row.ActionCode, row.UserName, row.UserId, row.Subject, row.SubjectId, row.SubjectTitle, row.Details, row.IpAddress,
            }.Select(Csv.Text)));
        }

        await writer.FlushAsync(cancellationToken);
    }
}
