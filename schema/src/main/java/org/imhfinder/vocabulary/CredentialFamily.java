package org.imhfinder.vocabulary;

import org.imhfinder.schema.Credential;

/**
 * A credential system whose levels the vocabulary knows: its name, the {@link Credential} its
 * levels lead to, and whether "Level N" names its Nth level.
 */
public record CredentialFamily(String id, String name, Credential credential, boolean numbered) {
}
