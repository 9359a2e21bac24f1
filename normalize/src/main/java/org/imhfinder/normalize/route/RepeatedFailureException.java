package org.imhfinder.normalize.route;

import org.imhfinder.schema.InvalidRecordException;

/** A page record that was started {@code IMH_NORMALIZE_MAX_ATTEMPTS} times without finishing: dead-lettered, not tried again. */
public class RepeatedFailureException extends InvalidRecordException {
    private static final long serialVersionUID = 1L;

    public RepeatedFailureException(String message) {
        super(message);
    }
}
