package org.imhfinder.ingest.fetch;

/**
 * Takes the C0 control characters out of a page's decoded text. They carry no meaning in HTML (the
 * HTML standard makes each a parse error; a NUL in text is dropped or replaced by every parser), yet
 * JSON writes most of them as six bytes ({@code \u0000}), so a page of them would swell its event
 * six-fold. NUL and the others are removed; a form feed, which HTML counts as whitespace, becomes a
 * space so the words around it stay apart; tab, line feed and carriage return stay.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The text without C0 control characters but tab, line feed and carriage return; the same instance when it has none. */
    public static String clean(String text) {
        int first = 0;
        while (first < text.length() && kept(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kept(c)) {
                out.append(c);
            } else if (c == '\f') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean kept(char c) {
        return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    }
}
