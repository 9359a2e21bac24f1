package org.imhfinder.searchapi.auth;

import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * The first step of a protected route: no or malformed {@code Authorization: Bearer} header →
 * 401; a token without the route's role → 403. The caller's role is left in {@link #CALLER}.
 */
public final class RequireRole implements Processor {
    /** Exchange property: a short, non-secret name of the caller (role and token fingerprint). */
    public static final String CALLER = "imh.caller";

    private final BearerTokens tokens;
    private final Role role;

    public RequireRole(BearerTokens tokens, Role role) {
        this.tokens = tokens;
        this.role = role;
    }

    @Override
    public void process(Exchange exchange) {
        String header = exchange.getMessage().getHeader("Authorization", String.class);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiProblem(401, "Unauthorized", "this endpoint needs 'Authorization: Bearer <token>' of a "
                    + role.name().toLowerCase(java.util.Locale.ROOT));
        }
        String token = header.substring(7).trim();
        Set<Role> roles = tokens.rolesOf(token);
        if (roles.isEmpty()) {
            throw new ApiProblem(401, "Unauthorized", "unknown token");
        }
        if (!roles.contains(role)) {
            throw new ApiProblem(403, "Forbidden", "this endpoint needs the " + role.name().toLowerCase(java.util.Locale.ROOT) + " role");
        }
        exchange.getMessage().removeHeader("Authorization");
        exchange.setProperty(CALLER, role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + java.util.HexFormat.of().formatHex(BearerTokens.sha256(token)).substring(0, 8));
    }
}
