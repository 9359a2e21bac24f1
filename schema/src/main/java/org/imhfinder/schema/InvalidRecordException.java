package org.imhfinder.schema;

/** A record on a topic that is not what its schema says: a permanent failure, dead-lettered. */
public class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
