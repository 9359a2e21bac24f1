package org.imhfinder.searchapi.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API tokens of each role. Configured tokens are either the token itself or its SHA-256 as
 * {@code sha256:HEX} (so a config file need not hold the secret). Only digests are kept in
 * memory, and a presented token is compared with every digest of a role in constant time.
 */
public final class BearerTokens {
    private static final String HASHED = "sha256:";

    private final Map<Role, List<byte[]>> digests;

    private BearerTokens(Map<Role, List<byte[]>> digests) {
        this.digests = digests;
    }

    public static BearerTokens of(List<String> operatorTokens, List<String> curatorTokens) {
        return new BearerTokens(Map.of(Role.OPERATOR, digestsOf(operatorTokens), Role.CURATOR, digestsOf(curatorTokens)));
    }

    /** The roles a presented token grants (none for an unknown token). */
    public Set<Role> rolesOf(String token) {
        byte[] presented = sha256(token);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        digests.forEach((role, known) -> {
            boolean match = false;
            for (byte[] digest : known) {
                match |= MessageDigest.isEqual(digest, presented); // no early exit: same time for every token
            }
            if (match) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static List<byte[]> digestsOf(List<String> tokens) {
        List<byte[]> digests = new ArrayList<>();
        for (String token : tokens) {
            if (token.startsWith(HASHED)) {
                digests.add(HexFormat.of().parseHex(token.substring(HASHED.length())));
            } else if (!token.isBlank()) {
                digests.add(sha256(token));
            }
        }
        return List.copyOf(digests);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
