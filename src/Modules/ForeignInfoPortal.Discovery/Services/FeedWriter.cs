using System.Globalization;
using System.Xml;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>A feed ready to write: absolute addresses, UTC times.</summary>
internal sealed record Feed(string Title, string Description, string Language, string PageUrl, string SelfUrl, string Author,
    DateTime UpdatedUtc, IReadOnlyList<FeedEntry> Entries);

internal sealed record FeedEntry(string Title, string Url, string? Summary, string? Category, DateTime PublishedUtc, DateTime UpdatedUtc);

/// <summary>
/// Writes RSS 2.0 and Atom 1.0. Times are given in Vietnam time with their offset, in the form each format requires:
/// RFC 822 for RSS ("Mon, 23 Nov 2026 15:30:00 +0700", English day and month names whatever the site's language)
/// and RFC 3339 for Atom ("2026-11-23T15:30:00+07:00").
/// </summary>
internal static class FeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Rss(Feed feed) => XmlDocuments.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", feed.PageUrl);
        xml.WriteElementString("description", feed.Description);
        xml.WriteElementString("language", feed.Language);
        xml.WriteElementString("lastBuildDate", Rfc822(feed.UpdatedUtc));
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", entry.Title);
            xml.WriteElementString("link", entry.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(entry.Url);
            xml.WriteEndElement();
            if (!string.IsNullOrWhiteSpace(entry.Summary))
            {
                xml.WriteElementString("description", entry.Summary);
            }

            if (!string.IsNullOrWhiteSpace(entry.Category))
            {
                xml.WriteElementString("category", entry.Category);
            }

            xml.WriteElementString("pubDate", Rfc822(entry.PublishedUtc));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static byte[] Atom(Feed feed) => XmlDocuments.Write(xml =>
    {
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", AtomNamespace, feed.SelfUrl);
        xml.WriteElementString("title", AtomNamespace, feed.Title);
        xml.WriteElementString("subtitle", AtomNamespace, feed.Description);
        xml.WriteElementString("updated", AtomNamespace, Rfc3339(feed.UpdatedUtc));
        WriteLink(xml, feed.SelfUrl, "self", "application/atom+xml");
        WriteLink(xml, feed.PageUrl, "alternate", "text/html");
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, feed.Author);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, entry.Url);
            xml.WriteElementString("title", AtomNamespace, entry.Title);
            WriteLink(xml, entry.Url, "alternate", "text/html");
            xml.WriteElementString("published", AtomNamespace, Rfc3339(entry.PublishedUtc));
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(entry.UpdatedUtc));
            if (!string.IsNullOrWhiteSpace(entry.Summary))
            {
                xml.WriteElementString("summary", AtomNamespace, entry.Summary);
            }

            if (!string.IsNullOrWhiteSpace(entry.Category))
            {
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>RFC 822 (as RSS 2.0 uses it, four-digit year) in Vietnam time.</summary>
    public static string Rfc822(DateTime utc)
    {
        var local = VietnamTime.ToOffset(utc);
        var offset = local.Offset;
        return local.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hhmm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// RFC 3339 in Vietnam time, seconds included (the format requires them, unlike <see cref="VietnamTime.FormatIso"/>
    /// written for <c>&lt;time&gt;</c>).
    /// </summary>
    public static string Rfc3339(DateTime utc) =>
        VietnamTime.ToOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
