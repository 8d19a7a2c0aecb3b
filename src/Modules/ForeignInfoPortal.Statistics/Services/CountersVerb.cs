using ForeignInfoPortal.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary><c>counters verify</c> (exit code 1 on any drift) and <c>counters rebuild</c>.</summary>
internal sealed class CountersVerb(IServiceScopeFactory scopes) : IHostVerb
{
    public string Name => "counters";

    public string Usage => "counters verify|rebuild   recount publications from the content; list or correct the drift";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || arguments[0] is not ("verify" or "rebuild"))
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<CounterAudit>();
        if (arguments[0] == "verify")
        {
            var drifts = await audit.VerifyAsync(cancellationToken);
            await output.WriteLineAsync(drifts.Count == 0 ? "Không có sai lệch." : $"Có {drifts.Count} sai lệch:");
            foreach (var drift in drifts)
            {
                await output.WriteLineAsync($"  {drift}");
            }

            if (drifts.Count > 0)
            {
                await output.WriteLineAsync("Chạy \"counters rebuild\" để dựng lại bộ đếm từ nội dung và sổ ghi.");
            }

            return drifts.Count == 0 ? 0 : 1;
        }

        var result = await audit.RebuildAsync(cancellationToken);
        await output.WriteLineAsync(result.Corrected.Count == 0
            ? "Bộ đếm đã khớp, không phải sửa."
            : $"Đã dựng lại bộ đếm, sửa {result.Corrected.Count} dòng:");
        foreach (var drift in result.Corrected)
        {
            await output.WriteLineAsync($"  {drift}");
        }

        await output.WriteLineAsync($"Sổ ghi: thêm {result.LedgerRows} dòng \"Rebuilt\".");
        return 0;
    }
}
