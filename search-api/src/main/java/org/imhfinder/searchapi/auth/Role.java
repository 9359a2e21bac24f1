package org.imhfinder.searchapi.auth;

/** Who may call the write and review endpoints. */
public enum Role {
    /** Runs the pipeline: crawls, sources. */
    OPERATOR,
    /** Reviews listings: the queue, decisions, history. */
    CURATOR
}
