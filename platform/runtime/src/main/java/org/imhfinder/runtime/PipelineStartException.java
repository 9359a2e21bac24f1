package org.imhfinder.runtime;

/** A stage process could not start: the message says which stage and why. */
public class PipelineStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
