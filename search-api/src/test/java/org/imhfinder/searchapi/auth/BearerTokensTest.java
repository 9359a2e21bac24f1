package org.imhfinder.searchapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokensTest {
    private final String hashedCurator = "sha256:" + HexFormat.of().formatHex(BearerTokens.sha256("curator-secret"));
    private final BearerTokens tokens = BearerTokens.of(List.of("op-secret", "both"), List.of(hashedCurator, "both"));

    @Test
    void aTokenGrantsTheRolesItIsListedFor() {
        assertThat(tokens.rolesOf("op-secret")).containsExactly(Role.OPERATOR);
        assertThat(tokens.rolesOf("curator-secret")).containsExactly(Role.CURATOR);
        assertThat(tokens.rolesOf("both")).containsExactlyInAnyOrder(Role.OPERATOR, Role.CURATOR);
    }

    @Test
    void anUnknownOrEmptyTokenGrantsNothing() {
        assertThat(tokens.rolesOf("guess")).isEmpty();
        assertThat(tokens.rolesOf("")).isEmpty();
        assertThat(BearerTokens.of(List.of(), List.of()).rolesOf("anything")).isEmpty();
    }
}
