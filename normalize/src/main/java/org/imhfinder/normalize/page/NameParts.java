package org.imhfinder.normalize.page;

import java.util.Set;

/**
 * Names looked for among the parts of a class name or an id, whose parts are joined by "-", "_" or a space
 * ("site-footer-widget" holds "footer"; "widget-area" is two parts): what the regular expression
 * {@code (^|[-_ ])(name|name|...)($|[-_ ])} finds, found by looking up each run of whole parts instead of trying
 * every name at every part. Pages have hundreds of distinct class names.
 */
final class NameParts {
    private final Set<String> names;
    private final int longest;

    /** The names, each in lower case and made of parts joined by "-" (never beginning or ending with one). */
    NameParts(String... names) {
        this.names = Set.of(names);
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        this.longest = longest;
    }

    /** True when a run of whole parts of {@code name} is one of the names. */
    boolean in(String name) {
        int length = name.length();
        for (int start = 0; start < length; start = afterSeparator(name, start)) {
            for (int end = start + 1; end <= length && end - start <= longest; end++) {
                if ((end == length || isSeparator(name.charAt(end))) && names.contains(name.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int afterSeparator(String name, int from) {
        for (int i = from; i < name.length(); i++) {
            if (isSeparator(name.charAt(i))) {
                return i + 1;
            }
        }
        return name.length();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }
}
