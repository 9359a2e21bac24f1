package org.imhfinder.normalize.page;

import java.util.Set;

/**
 * Names looked for among the parts of a class name or an id, whose parts are joined by "-", "_" or a space
 * ("site-footer-widget" holds "footer"; "widget-area" is two parts): what the regular expression
 * {@code (^|[-_ ])(name|name|...)($|[-_ ])} finds, found by looking up each run of whole parts instead of trying
 * every name at every part. Pages have hundreds of distinct class names.
 */
final class NameParts {
    /** The names by length: a run of parts is compared in place with those of its length (no copy of it made). */
    private final String[][] byLength;
    private final int longest;

    /** The names, each in lower case and made of parts joined by "-" (never beginning or ending with one). */
    NameParts(String... names) {
        Set<String> distinct = Set.of(names);
        int longest = 0;
        for (String name : distinct) {
            longest = Math.max(longest, name.length());
        }
        this.longest = longest;
        this.byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int of = length;
            byLength[length] = distinct.stream().filter(n -> n.length() == of).toArray(String[]::new);
        }
    }

    /** True when a run of whole parts of {@code name} is one of the names. */
    boolean in(String name) {
        int length = name.length();
        for (int start = 0; start < length; start = afterSeparator(name, start)) {
            for (int end = start + 1; end <= length && end - start <= longest; end++) {
                if ((end == length || isSeparator(name.charAt(end))) && isOne(name, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isOne(String name, int start, int end) {
        for (String candidate : byLength[end - start]) {
            if (name.startsWith(candidate, start)) {
                return true;
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
