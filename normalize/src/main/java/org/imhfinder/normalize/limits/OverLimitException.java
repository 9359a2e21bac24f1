package org.imhfinder.normalize.limits;

import org.imhfinder.schema.InvalidRecordException;

/**
 * Reading a record went past a bound normalize keeps on untrusted input: its deadline, the stack
 * (nested too deeply), or the heap. A permanent failure of that record: it is dead-lettered with this
 * reason and the route goes on.
 */
public class OverLimitException extends InvalidRecordException {
    private static final long serialVersionUID = 1L;

    public OverLimitException(String message) {
        super(message);
    }

    public OverLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
