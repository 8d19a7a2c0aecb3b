using ForeignInfoPortal.Core.Audit;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>What the trail must not keep: a password typed into the e-mail field, and the values of secret settings.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditSecrecyTests(AuditSite site)
{
    [Fact]
    public async Task FailedSignIn_WithAPasswordInTheEmailField_RecordsAMarkerNotTheValue()
    {
        // An "@" is enough for the form's e-mail check, so this reaches the trail.
        var typedPassword = $"Matkhau@{Guid.NewGuid():N}"[..20];
        var unknownEmail = $"khong-co-{Guid.NewGuid():N}@test.local";
        using var visitor = site.NewClient();
        await visitor.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", typedPassword), new("Password", "x")]);
        await visitor.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", unknownEmail), new("Password", "x")]);

        var failed = await site.EntriesAsync(q => q.Where(e => e.Action == AuditActions.SignInFailed));
        Assert.DoesNotContain(failed, e => $"{e.UserName}{e.Details}{e.SubjectTitle}".Contains(typedPassword, StringComparison.Ordinal));
        Assert.Contains(failed, e => e.UserName == unknownEmail);
        var masked = failed.Where(e => e.UserName == "(không phải e-mail)").ToList();
        Assert.NotEmpty(masked);
        Assert.All(masked, e => Assert.Equal(("Không có tài khoản này", (string?)null), (e.Details, e.UserId)));
    }

    [Theory]
    [InlineData(nameof(SecretHolder.SmtpPassword))]
    [InlineData(nameof(SecretHolder.MapApiKey))]
    [InlineData(nameof(SecretHolder.AccessToken))]
    [InlineData(nameof(SecretHolder.ClientSecret))]
    [InlineData(nameof(SecretHolder.ServiceCredentials))]
    [InlineData(nameof(SecretHolder.ReportsConnectionString))]
    [InlineData(nameof(SecretHolder.SigningPassphrase))]
    public void SettingsDiff_HidesEveryValueWhoseNameMarksASecret(string property)
    {
        var before = new SecretHolder();
        var after = new SecretHolder
        {
            Title = "Tên mới", SmtpPassword = "p2", MapApiKey = "k2", AccessToken = "t2", ClientSecret = "s2",
            ServiceCredentials = "c2", ReportsConnectionString = "Host=h2", SigningPassphrase = "f2",
        };

        var rows = FieldValues.Compare(typeof(SecretHolder), before, after).ToDictionary(r => r.Key);

        var secret = rows[char.ToLowerInvariant(property[0]) + property[1..]];
        Assert.Equal(("(ẩn)", "(ẩn, đã đổi)"), (secret.Before, secret.After));
        Assert.Equal(("Tên cũ", "Tên mới"), (rows["title"].Before, rows["title"].After));
    }

    public sealed class SecretHolder
    {
        public string Title { get; set; } = "Tên cũ";

        public string SmtpPassword { get; set; } = "p1";

        public string MapApiKey { get; set; } = "k1";

        public string AccessToken { get; set; } = "t1";

        public string ClientSecret { get; set; } = "s1";

        public string ServiceCredentials { get; set; } = "c1";

        public string ReportsConnectionString { get; set; } = "Host=h1";

        public string SigningPassphrase { get; set; } = "f1";
    }
}
