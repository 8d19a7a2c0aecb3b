namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// What the current request read of the published content, recorded as the output cache's tags of its page. The
/// content manager's public reads record themselves; a module that reads published content some other way records
/// what it read here, or its pages are only evicted with <see cref="PageCacheTags.UntrackedContent"/>.
/// </summary>
public sealed class PageCacheReads
{
    private readonly Lock _lock = new();
    private ISet<string>? _tags;
    private bool _readContent;
    private bool? _actionReadContent;

    /// <summary>The page listed the published items of a type.</summary>
    public void ContentTypeRead(string contentType) => Add(PageCacheTags.ContentType(contentType));

    /// <summary>The page showed one published item.</summary>
    public void ItemRead(int id) => Add(PageCacheTags.Item(id));

    /// <summary>The output cache collects the request's tags into its own set from here on.</summary>
    internal void CollectInto(ISet<string> tags)
    {
        lock (_lock)
        {
            _tags = tags;
        }
    }

    /// <summary>
    /// Whether the action (the controller's work before its view renders) recorded a read. The layout reads the
    /// navigation on every page, so only the action's own reads say whether the page's subject is tracked: a page
    /// whose action recorded nothing (a search, or an endpoint outside MVC) is tagged <see cref="PageCacheTags.UntrackedContent"/>.
    /// </summary>
    internal bool ActionReadContent
    {
        get
        {
            lock (_lock)
            {
                return _actionReadContent ?? false;
            }
        }
    }

    /// <summary>The action is done; what it read is known.</summary>
    internal void ActionDone()
    {
        lock (_lock)
        {
            _actionReadContent ??= _readContent;
        }
    }

    private void Add(string tag)
    {
        lock (_lock)
        {
            _readContent = true;
            _tags?.Add(tag);
        }
    }
}
