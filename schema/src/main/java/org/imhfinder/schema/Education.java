package org.imhfinder.schema;

/**
 * Education levels, in ascending order: a program whose {@code minimumEducation} is at or below
 * a person's education is open to them ({@link #admits(Education)}).
 */
public enum Education {
    NONE,
    CDA,
    ASSOCIATE,
    BACHELORS,
    MASTERS,
    DOCTORAL;

    /** True when someone with {@code held} meets this minimum. */
    public boolean admits(Education held) {
        return held.ordinal() >= ordinal();
    }
}
