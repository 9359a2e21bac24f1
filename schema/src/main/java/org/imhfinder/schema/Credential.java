package org.imhfinder.schema;

/** The kind of qualification a program leads to. */
public enum Credential {
    ENDORSEMENT,
    GRADUATE_CERTIFICATE,
    POST_GRADUATE_CERTIFICATE,
    CERTIFICATE,
    DEGREE,
    FELLOWSHIP,
    COURSE,
    OTHER
}
