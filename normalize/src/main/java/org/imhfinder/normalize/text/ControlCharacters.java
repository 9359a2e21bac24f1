package org.imhfinder.normalize.text;

/**
 * Control characters out of extracted text. A page or a PDF can carry NUL and other C0/C1 control
 * characters (U+0000-U+001F, U+007F-U+009F) in its text, or in a JSON-LD string as an escape
 * ({@code \u0000}); they mean nothing to a reader, and downstream (a listing's id, Elasticsearch,
 * a browser) they break things. Tab, line feed and carriage return stay: they separate words and
 * the lines of a PDF's text. A lone surrogate (half of a character, which only an escape in JSON
 * can make) goes too, as no UTF-8 writer can write it.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The text without control characters (and lone surrogates); the same instance when it has none. */
    public static String strip(String text) {
        if (text == null || clean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!unwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text has no control character (other than tab, line feed, carriage return) and no lone surrogate. */
    public static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unwanted(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unwanted(char c) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c);
    }
}
