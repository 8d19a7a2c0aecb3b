using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.News.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>
/// A fixed corpus for the relevance tests, published through the content manager (so the index is written
/// the way the portal writes it). Titles are unique; tests name expected results by title.
/// </summary>
internal static class SearchCorpus
{
    public const string TempleCo = "Đền Cô, nơi lưu giữ tín ngưỡng thờ Mẫu";
    public const string TempleTham = "Đền Thắm đón khách đầu xuân";
    public const string ArriveCo = "Đoàn khảo sát đến thăm cô giáo vùng cao";
    public const string Cave = "Động Áng Tôong – hang động kỳ vĩ";
    public const string Lake = "Hồ Nặm Cắt, lá phổi xanh của thành phố";
    public const string Peace = "Lễ hội Hoà Bình trên hồ Ba Bể";
    public const string Water = "Thủy điện nhỏ và môi trường sống";
    public const string Old = "Ghi chép cũ về hồ Nặm Cắt trước khi mở đường vào khu sinh thái";
    public const string Market = "Chợ phiên vùng cao";
    public const string Draft = "Bản nháp về hồ Nặm Cắt không được thấy";
    public const string Withdrawn = "Tin đã gỡ về Đền Cô không được thấy";
    public const string Plan = "Kế hoạch thông tin đối ngoại năm 2024";
    public const string Directive = "Chỉ thị về công tác đối ngoại, thực hiện Kế hoạch 64";

    public static async Task PublishAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var year = new DateTime(2024, 1, 1, 3, 0, 0, DateTimeKind.Utc);

        async Task<ContentItem> News(string title, string body, int day, bool publish = true)
        {
            var item = await content.CreateAsync("News", new ContentInput
            {
                Title = title,
                Summary = null,
                PublishedUtc = year.AddDays(day),
                Fields = new NewsFields { Body = $"<p>{body}</p>", Category = "tin-hoat-dong" },
            }, userId: null);
            return publish ? await content.PublishAsync(item.Id, item.Revision, userId: null) : item;
        }

        await News(TempleCo, "Đền Cô nằm bên bờ sông Cầu, lễ hội đền Cô diễn ra vào tháng Giêng.", 10);
        await News(TempleTham, "Khách thập phương về đền Thắm dâng hương.", 20);
        await News(ArriveCo, "Đoàn công tác đến thăm cô giáo và học sinh điểm trường.", 30);
        await News(Cave, "Động Áng Tôong có nhiều nhũ đá; du khách nên đi cùng hướng dẫn viên.", 40);
        await News(Lake, "Khu du lịch sinh thái Nặm Cắt có hồ nước, rừng và đường đi bộ.", 50);
        await News(Old, "Bài viết năm 2019 về khu vực này trước khi làm đường.", -1800);
        await News(Market, "Phiên chợ họp mỗi sáng chủ nhật.", -400);
        await News(Market, "Phiên chợ họp mỗi sáng chủ nhật.", 100);
        await News(Peace, "Lễ hội cầu mong hòa bình, mùa màng bội thu.", 60);
        await News(Water, "Các nhà máy thuỷ điện nhỏ trên địa bàn.", 70);
        await News(Draft, "Chưa xuất bản.", 80, publish: false);
        var withdrawn = await News(Withdrawn, "Đền Cô.", 90);
        await content.UnpublishAsync(withdrawn.Id, withdrawn.Revision, userId: null);

        async Task Document(string title, string number, string type, int day, params string[] implements)
        {
            var item = await content.CreateAsync("Document", new ContentInput
            {
                Title = title,
                PublishedUtc = year.AddDays(day),
                Fields = new DocumentFields
                {
                    NumberAndSymbol = number,
                    DocumentType = type,
                    IssuingBody = "ubnd-tp",
                    IssueDate = DateOnly.FromDateTime(year.AddDays(day)),
                    Implements = [.. implements],
                },
            }, userId: null);
            await content.PublishAsync(item.Id, item.Revision, userId: null);
        }

        await Document(Plan, "64/KH-UBND", "KH", 5);
        await Document(Directive, "07/CT-UBND", "CT", 15, "64/KH-UBND");
    }
}
