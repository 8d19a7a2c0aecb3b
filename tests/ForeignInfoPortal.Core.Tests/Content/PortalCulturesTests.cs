using System.Globalization;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Tests.Content;

/// <summary>Work on a version in its own language runs in that culture and leaves the request's as it found it.</summary>
public sealed class PortalCulturesTests
{
    [Fact]
    public void Use_MakesTheCultureCurrent_AndPutsTheRequestsBack()
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PortalCultures.VietnameseCulture;
        try
        {
            using (PortalCultures.Use(PortalCultures.English))
            {
                Assert.Equal(PortalCultures.English, PortalCultures.Current);
                Assert.Equal("1,234.5", 1234.5.ToString("N1", CultureInfo.CurrentCulture));
            }

            Assert.Equal(PortalCultures.Vietnamese, PortalCultures.Current);
            Assert.Equal("vi-VN", CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
