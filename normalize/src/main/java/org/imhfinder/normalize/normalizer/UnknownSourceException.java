package org.imhfinder.normalize.normalizer;

import org.imhfinder.schema.InvalidRecordException;

/** A page event from a source this process's sources file does not know. */
public class UnknownSourceException extends InvalidRecordException {
    private static final long serialVersionUID = 1L;

    public UnknownSourceException(String message) {
        super(message);
    }
}
