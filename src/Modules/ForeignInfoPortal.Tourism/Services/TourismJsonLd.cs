using System.Globalization;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.Services;

/// <summary>
/// The schema.org description of a detail page for search engines: a <c>TouristAttraction</c> for a place, an
/// <c>Event</c> (with its dates in Vietnam time, +07:00) for a festival or anything that has a start.
/// </summary>
internal static class TourismJsonLd
{
    /// <summary>
    /// The JSON to put in a <c>&lt;script type="application/ld+json"&gt;</c>. Safe there as written: the encoder escapes
    /// "&lt;", "&gt;" and "&amp;", so a title cannot close the script element.
    /// </summary>
    public static string Write(ContentVersion version, TourismFields fields, string? wardName, string baseUrl)
    {
        var url = baseUrl + TourismUrls.Item(version.Slug);
        var root = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = fields.IsEvent ? "Event" : "TouristAttraction",
            ["name"] = version.Title,
            ["url"] = url,
        };
        if (!string.IsNullOrWhiteSpace(version.Summary))
        {
            root["description"] = version.Summary;
        }

        var images = Images(version, fields, baseUrl);
        if (images.Count > 0)
        {
            root["image"] = images;
        }

        if (fields.IsEvent)
        {
            root["startDate"] = Instant(fields.Starts);
            if (fields.Ends is not null)
            {
                root["endDate"] = Instant(fields.Ends);
            }

            root["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
            root["eventStatus"] = "https://schema.org/EventScheduled";
            var place = new JsonObject { ["@type"] = "Place", ["name"] = fields.Address ?? wardName ?? version.Title };
            AddPlace(place, fields, wardName);
            root["location"] = place;
        }
        else
        {
            AddPlace(root, fields, wardName);
        }

        return root.ToJsonString(ContentJson.Options);
    }

    private static void AddPlace(JsonObject target, TourismFields fields, string? wardName)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "VN" };
        if (fields.Address is not null)
        {
            address["streetAddress"] = fields.Address;
        }

        if (wardName is not null)
        {
            address["addressLocality"] = wardName;
        }

        target["address"] = address;
        if (fields.Latitude is { } lat && fields.Longitude is { } lng)
        {
            target["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lng };
        }
    }

    private static JsonArray Images(ContentVersion version, TourismFields fields, string baseUrl)
    {
        var urls = new List<string>();
        if (!string.IsNullOrWhiteSpace(version.FeaturedImage))
        {
            urls.Add(version.FeaturedImage.StartsWith('/') ? baseUrl + version.FeaturedImage : version.FeaturedImage);
        }

        urls.AddRange(fields.Gallery.Select(g => baseUrl + MediaUrls.Original(g.MediaId, g.Name)));
        return new JsonArray(urls.Distinct(StringComparer.Ordinal).Select(u => (JsonNode?)JsonValue.Create(u)).ToArray());
    }

    private static string? Instant(DateTimeOffset? value) =>
        value is { } v ? Core.Text.VietnamTime.ToOffset(v.UtcDateTime).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
}
