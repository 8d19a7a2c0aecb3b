using System.Diagnostics;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Search.Services;

/// <summary><c>search reindex</c>: rebuilds the index from the published content.</summary>
internal sealed class SearchVerb(IServiceScopeFactory scopes) : IHostVerb
{
    public string Name => "search";

    public string Usage => "search reindex   rebuild the search index from the published content";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments is not ["reindex"])
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var count = await scope.ServiceProvider.GetRequiredService<SearchReindexer>().ReindexAsync(cancellationToken);
        await output.WriteLineAsync(string.Format(VietnamTime.Culture, "Đã lập lại chỉ mục tìm kiếm: {0:N0} nội dung trong {1:N1} giây.", count, watch.Elapsed.TotalSeconds));
        return 0;
    }
}
