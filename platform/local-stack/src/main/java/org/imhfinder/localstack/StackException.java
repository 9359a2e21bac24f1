package org.imhfinder.localstack;

import java.nio.file.Path;

/** The local stack could not start or stop: says what failed and where its log is. */
public class StackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path log;

    public StackException(String message, Path log) {
        super(log == null ? message : message + " (log: " + log + ")");
        this.log = log;
    }

    public StackException(String message, Path log, Throwable cause) {
        super(log == null ? message : message + " (log: " + log + ")", cause);
        this.log = log;
    }

    /** The log of the process that failed, if there is one. */
    public Path log() {
        return log;
    }
}
