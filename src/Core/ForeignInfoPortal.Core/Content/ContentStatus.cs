namespace ForeignInfoPortal.Core.Content;

/// <summary>Where a content item stands for the public.</summary>
public enum ContentStatus
{
    /// <summary>Never published: only editors see it.</summary>
    Draft = 0,

    /// <summary>A version is public (the item may also carry a newer draft).</summary>
    Published = 1,

    /// <summary>Was published and has been taken down.</summary>
    Unpublished = 2,
}
