package org.duban.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.gateway.access.RegionPolicy;
import org.duban.gateway.auth.ApiKeyDtos.ApiKeyView;
import org.duban.gateway.auth.ApiKeyDtos.CreateApiKeyRequest;
import org.duban.gateway.auth.ApiKeyDtos.CreatedApiKey;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;

/**
 * Creates, lists and revokes API keys, and exchanges a presented key for a short-lived token that the
 * services verify like any other. Minted tokens are reused until shortly before they expire; revoking
 * a key drops its token at once.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {
    private final TokenIssuer issuer;
    private final AuthConfig config;
    private final Map<UUID, TokenIssuer.Issued> minted = new ConcurrentHashMap<>();

    private final RegionPolicy regions;

    public ApiKeyService(TokenIssuer issuer, AuthConfig config, RegionPolicy regions) {
        this.issuer = issuer;
        this.config = config;
        this.regions = regions;
    }

    public CreatedApiKey create(CreateApiKeyRequest request, String createdBy) {
        AccountScope.check(request.roles(), request.regionCode(), request.unitId(), regions);
        String secret = ApiKeySecrets.generate();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = request.name().trim();
        key.secretHash = ApiKeySecrets.hash(secret);
        key.roles = RoleList.format(request.roles());
        key.regionCode = request.regionCode();
        key.unitId = request.unitId();
        key.createdBy = createdBy;
        key.createdAt = OffsetDateTime.now();
        key.persist();
        return new CreatedApiKey(key.id, key.name, secret, request.roles(), key.regionCode, key.unitId, key.createdAt,
                "store the key now: it is not shown again / 请立即保存密钥,之后不再显示");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiKeyView> list(PageQuery page) {
        return Page.of(ApiKey.find("order by createdAt desc"), page, ApiKeyView::of);
    }

    public ApiKeyView revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ProblemException.notFound("API key", id);
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
        }
        minted.remove(id);
        return ApiKeyView.of(key);
    }

    /** The token a presented key stands for; empty when the key is unknown or revoked. */
    public Optional<String> exchange(String secret) {
        if (!ApiKeySecrets.plausible(secret)) {
            return Optional.empty();
        }
        ApiKey key = ApiKey.find("secretHash", ApiKeySecrets.hash(secret)).firstResult();
        if (key == null || !key.active()) {
            return Optional.empty();
        }
        TokenIssuer.Issued current = minted.get(key.id);
        // reuse a minted token while it has at least a fifth of its life left
        if (current != null && current.expiresAt().isAfter(Instant.now().plus(config.apiKeyTokenLifetime().dividedBy(5)))) {
            return Optional.of(current.token());
        }
        Set<String> roles = RoleList.parse(key.roles);
        TokenIssuer.Issued issued = issuer.issue("apikey:" + key.name, roles, key.regionCode, key.unitId, key.name,
                config.apiKeyTokenLifetime());
        minted.put(key.id, issued);
        key.lastUsedAt = OffsetDateTime.now();
        return Optional.of(issued.token());
    }
}
