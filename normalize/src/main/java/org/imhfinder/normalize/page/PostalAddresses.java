package org.imhfinder.normalize.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The postal addresses a page shows ("Seattle, WA 98104", "Chicago, Illinois 60654"): where a
 * provider is, which a reader finds in the footer or the contact block. Read before boilerplate is
 * stripped, because the footer that holds the address is boilerplate. In the page's content, a ZIP
 * code is what makes a "City, State" an address rather than a place mentioned in passing; in the
 * footer and contact blocks a bare "City, State" counts too, after the full addresses. Those come
 * first; addresses elsewhere only when they all name one state, so that a page listing several
 * organisations' addresses tells nothing about its own. The reader checks that the state is one.
 */
public final class PostalAddresses {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "City, ST 12345", "City, State 12345-6789"; the state is checked against the vocabulary by the reader. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b[A-Z][a-z]+(?:\\.? [A-Z][a-z]+){0,2},? +(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\.?,? +\\d{5}(?:-\\d{4})?\\b");
    /** In the footer or a contact block, "Lansing, Michigan" without a ZIP code is the provider's place too. */
    private static final Pattern PLACE = Pattern.compile(
            "\\b[A-Z][a-z]+(?:\\.? [A-Z][a-z]+){0,2}, +(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b(?![ ,.]*(?:[A-Z]{2}\\b|\\d))");
    private static final String CHROME = "footer, address, [role=contentinfo], [class*=footer], [id*=footer], "
            + "[class*=contact], [id*=contact], [class*=address]";
    private static final Pattern STATE_WORD = Pattern.compile(",? +([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\.?,? +\\d{5}");

    private PostalAddresses() {
    }

    /** The page's addresses as written, most telling first; empty when it shows none. */
    public static List<String> of(Document document) {
        if (document.body() == null) {
            return List.of();
        }
        Set<String> chrome = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Element block : document.body().select(Css.of(CHROME))) {
            String text = BlockText.of(block);
            chrome.addAll(find(text));
            if (text.contains(", ")) { // every place has its comma
                places.addAll(find(PLACE, text));
            }
        }
        chrome.addAll(places); // after every full address
        if (!chrome.isEmpty()) {
            return List.copyOf(chrome);
        }
        List<String> anywhere = find(BlockText.of(document.body()));
        return oneState(anywhere) ? anywhere : List.of();
    }

    /**
     * The addresses in a text, in order, each once: what {@link #ADDRESS} finds, searched only before each ZIP code.
     * Every address ends in one (five digits after a space), and before it holds only letters, dots, commas and
     * spaces; so each is searched for from where that run of such characters begins before the digits, to where
     * a ZIP+4 code would end. A text without five digits in a row (most blocks) is not searched at all; a long
     * footer is searched only next to its ZIP codes, not at every position of it.
     */
    static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = null;
        for (int zip = nextFiveDigits(text, 0); zip >= 0; zip = nextFiveDigits(text, zip + 5)) {
            // a region holds one ZIP code (the run before it stops at any digit), so at most one address: the one ending there
            m = m == null ? ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : m;
            m.region(runBefore(text, zip), Math.min(text.length(), zip + 10));
            if (m.find()) {
                found.add(SPACES.matcher(m.group()).replaceAll(" "));
            }
        }
        return new ArrayList<>(found);
    }

    /** Where the next five digits in a row after a space begin, from {@code from}; -1 when none. */
    private static int nextFiveDigits(String text, int from) {
        int run = 0;
        for (int i = from; i < text.length(); i++) {
            run = text.charAt(i) >= '0' && text.charAt(i) <= '9' ? run + 1 : 0;
            if (run == 5) {
                int start = i - 4;
                if (start > 0 && text.charAt(start - 1) == ' ') {
                    return start;
                }
                while (i + 1 < text.length() && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                    i++; // a longer number: not a ZIP code, and none starts inside it
                }
                run = 0;
            }
        }
        return -1;
    }

    /** Where the run of letters, dots, commas and spaces that ends at {@code end} begins. */
    private static int runBefore(String text, int end) {
        int start = end;
        while (start > 0 && isAddressCharacter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isAddressCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == ',' || c == ' ';
    }

    private static List<String> find(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(SPACES.matcher(m.group()).replaceAll(" "));
        }
        return new ArrayList<>(found);
    }

    private static boolean oneState(List<String> addresses) {
        Set<String> states = new LinkedHashSet<>();
        for (String address : addresses) {
            Matcher m = STATE_WORD.matcher(address);
            if (m.find()) {
                states.add(m.group(1));
            }
        }
        return states.size() == 1;
    }
}
