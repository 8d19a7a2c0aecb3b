using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Before the output cache: an MVC page marked as holding fragment placeholders (<see cref="PageFragments.Insert"/>) is
/// held back as it is written, rendered or from the cache, and each placeholder replaced by its fragment's HTML. A
/// fragment is kept in the page cache's store under its own key (<see cref="PageDataCache"/>), tagged by what it read
/// and with the generation its render started in, so it is evicted, and never stored stale, exactly as a page is. Other answers pass straight through.
/// </summary>
internal sealed class PageFragmentFiller(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || ApiProblem.IsApiRequest(request)
            || context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        response.OnStarting(() =>
        {
            response.Headers.Remove(PageFragments.MarkerHeader);
            return Task.CompletedTask;
        });

        var original = response.Body;
        await using var body = new MarkedResponseStream(original, response);
        response.Body = body;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (body.Held is { } page)
        {
            await FillAsync(context, page.GetBuffer().AsMemory(0, (int)page.Length), original);
        }
    }

    private static async Task FillAsync(HttpContext context, ReadOnlyMemory<byte> page, Stream output)
    {
        var position = 0;
        while (Next(page.Span, position) is { } found)
        {
            var (start, nameStart, end) = found;
            await output.WriteAsync(page[position..start], context.RequestAborted);
            var name = Encoding.UTF8.GetString(page.Span[nameStart..end]);
            await output.WriteAsync(await FragmentAsync(context, name), context.RequestAborted);
            position = end + PageFragments.PlaceholderEnd.Length;
        }

        await output.WriteAsync(page[position..], context.RequestAborted);
    }

    // The next placeholder at or after position: where it starts, where its name starts and ends.
    private static (int Start, int NameStart, int End)? Next(ReadOnlySpan<byte> page, int position)
    {
        var start = page[position..].IndexOf(PageFragments.PlaceholderStart);
        if (start < 0)
        {
            return null;
        }

        start += position;
        var nameStart = start + PageFragments.PlaceholderStart.Length;
        var end = page[nameStart..].IndexOf(PageFragments.PlaceholderEnd);
        return end < 0 ? null : (start, nameStart, nameStart + end);
    }

    private static async Task<byte[]> FragmentAsync(HttpContext context, string name)
    {
        var services = context.RequestServices;
        var fragment = services.GetKeyedService<IPageFragment>(name);
        if (fragment is null)
        {
            // A module switched off since the page was cached: its part of the page goes with it.
            return [];
        }

        var key = string.Join(':', "fragment", name, CultureInfo.CurrentUICulture.Name);
        return await services.GetRequiredService<PageDataCache>().GetOrReadAsync(key, async tags =>
        {
            // What the fragment reads of the published content tags it, as a page is tagged by what it reads.
            services.GetRequiredService<PageCacheReads>().CollectInto(tags);
            return Encoding.UTF8.GetBytes(await fragment.RenderAsync(context, context.RequestAborted));
        }, context.RequestAborted);
    }

    /// <summary>
    /// Decides at the first write, when the headers are final: a marked answer is held in memory (its length will
    /// change), any other is written through.
    /// </summary>
    private sealed class MarkedResponseStream(Stream inner, HttpResponse response) : Stream
    {
        private bool _decided;

        public MemoryStream? Held { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        private Stream Target
        {
            get
            {
                if (!_decided)
                {
                    _decided = true;
                    if (response.Headers.Remove(PageFragments.MarkerHeader))
                    {
                        response.ContentLength = null;
                        Held = new MemoryStream();
                    }
                }

                return (Stream?)Held ?? inner;
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Target.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Target.WriteAsync(buffer, cancellationToken);

        public override void Flush() => Target.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => Target.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Held?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
