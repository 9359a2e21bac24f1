package org.imhfinder.vocabulary;

import org.imhfinder.schema.Credential;

/**
 * A credential system whose levels the vocabulary knows: its name, the {@link Credential} its
 * levels lead to, whether "Level N" names its Nth level, and the word a listing's name puts after
 * a level's name ("Endorsement" in "Infant Family Specialist Endorsement"), null where the level's
 * name is the whole name ("Transdisciplinary Practitioner").
 */
public record CredentialFamily(String id, String name, Credential credential, boolean numbered, String nameSuffix) {
}
