package org.imhfinder.normalize.page;

/** Tests of an element's normal (lower-case) tag name, made on every element of a walk: no matcher for them. */
public final class Tags {
    private Tags() {
    }

    /** {@code h1} to {@code h6}. */
    public static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** A bold run: {@code strong} or {@code b}. */
    public static boolean isBold(String tag) {
        return tag.equals("strong") || tag.equals("b");
    }

    /** A table cell: {@code td} or {@code th}. */
    public static boolean isCell(String tag) {
        return tag.equals("td") || tag.equals("th");
    }
}
