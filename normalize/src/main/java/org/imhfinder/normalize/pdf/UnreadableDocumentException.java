package org.imhfinder.normalize.pdf;

import org.imhfinder.schema.InvalidRecordException;

/** A document (PDF) whose text cannot be extracted: a permanent failure, dead-lettered with this reason. */
public class UnreadableDocumentException extends InvalidRecordException {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
