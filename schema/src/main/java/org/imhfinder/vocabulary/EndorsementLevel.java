package org.imhfinder.vocabulary;

import org.imhfinder.schema.Track;

/**
 * One level (or add-on) of a credential system: the Endorsement's categories and their Early
 * Childhood and combined variants, the reflective-supervisor add-on, and the California, Illinois
 * and Ohio systems. {@code number} is the level's place in a numbered family (1-4), null where the
 * family does not number its levels or for an add-on.
 */
public record EndorsementLevel(String id, String family, String name, Integer number, Track track, boolean addOn) {
}
