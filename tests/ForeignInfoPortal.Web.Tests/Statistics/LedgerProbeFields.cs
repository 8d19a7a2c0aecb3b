using ForeignInfoPortal.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>A test-only content type whose subtype and category are plain fields, so any move can be driven.</summary>
public sealed class LedgerProbeFields : IContentFields
{
    public const string TypeName = "Probe";

    public string? Kind { get; set; }

    public string? Topic { get; set; }

    string? IContentFields.Subtype => Kind;

    string? IContentFields.Category => Topic;

    public static void Register(IServiceCollection services) =>
        services.AddContentType<LedgerProbeFields>(TypeName, "Mẫu thử", o =>
        {
            o.ApiName = "probes";
            o.Subtypes["radio"] = "Chương trình phát thanh";
            o.Subtypes["tv"] = "Chuyên đề truyền hình";
        });
}
