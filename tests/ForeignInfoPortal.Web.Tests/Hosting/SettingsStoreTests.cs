using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Hosting;

/// <summary>The settings store reads each key once per scope; what it hands out and what is saved stay right.</summary>
public sealed class SettingsStoreTests
{
    [Fact]
    public async Task ReadAgainInTheSameScope_AfterASave_IsTheSavedValue()
    {
        using var site = new PortalFactory();
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISettingsStore>();

        var before = await store.GetAsync<SiteSettings>(SiteSettings.Key);
        before.PortalName = "Cổng thông tin đổi tên " + Guid.NewGuid().ToString("N")[..6];
        await store.SaveAsync(SiteSettings.Key, before);

        Assert.Equal(before.PortalName, (await store.GetAsync<SiteSettings>(SiteSettings.Key)).PortalName);
        await using var other = site.Services.CreateAsyncScope();
        Assert.Equal(before.PortalName, (await other.ServiceProvider.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key)).PortalName);
    }

    [Fact]
    public async Task ACallersCopy_ChangedWithoutSaving_ChangesNoOtherRead()
    {
        using var site = new PortalFactory();
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISettingsStore>();

        var first = await store.GetAsync<SiteSettings>(SiteSettings.Key);
        var stored = first.PortalName;
        first.PortalName = "Không lưu";
        first.Recipients.Add("Không lưu");

        var second = await store.GetAsync<SiteSettings>(SiteSettings.Key);
        Assert.Equal(stored, second.PortalName);
        Assert.DoesNotContain("Không lưu", second.Recipients);
    }
}
