using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Security;

internal sealed class ApiTokenService(PortalDbContext db, TimeProvider clock) : IApiTokenService
{
    public async Task<CreatedApiToken> CreateAsync(string userId, string name, DateTime? expiresUtc, string? createdById, CancellationToken cancellationToken = default)
    {
        var secret = ApiTokenSecrets.Generate();
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = ApiTokenSecrets.PrefixOf(secret),
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedById = createdById,
            ExpiresUtc = expiresUtc,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token, secret);
    }

    public async Task<bool> RevokeAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        // Revoking twice keeps the first time: that is when the token stopped working.
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.ApiTokens.Where(t => t.Id == tokenId && t.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedUtc, now), cancellationToken);
        return changed > 0 || await db.ApiTokens.AnyAsync(t => t.Id == tokenId, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string? userId = null, CancellationToken cancellationToken = default)
    {
        var query = db.ApiTokens.AsNoTracking().Include(t => t.User).AsQueryable();
        if (userId is not null)
        {
            query = query.Where(t => t.UserId == userId);
        }

        return await query.OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }
}
