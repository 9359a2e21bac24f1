package org.imhfinder.normalize.assemble;

import org.imhfinder.schema.InvalidRecordException;

/** A page yielded a listing that breaks the schema: the page is dead-lettered with this reason. */
public class InvalidListingException extends InvalidRecordException {
    private static final long serialVersionUID = 1L;

    public InvalidListingException(String message) {
        super(message);
    }
}
