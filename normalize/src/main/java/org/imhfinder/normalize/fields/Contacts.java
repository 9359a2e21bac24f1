package org.imhfinder.normalize.fields;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.normalize.text.Numbers;
import org.imhfinder.normalize.text.Prefiltered;

/** E-mail addresses and US phone numbers in text. */
public final class Contacts {
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A number opens with "+1", "(" or a digit: it is looked for only there. */
    private static final Prefiltered PHONE = Prefiltered.of(Pattern.compile("(?:\\+1[ .-]?)?\\(?\\b\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}\\b"),
            Stream.concat(Arrays.stream(Numbers.DIGITS), Stream.of("+1", "(")).toArray(String[]::new));

    private Contacts() {
    }

    public static String email(String text) {
        if (text.indexOf('@') < 0) {
            return null; // no address without its "@": the pattern would try every word of a long text first
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? TRAILING_DOT.matcher(m.group()).replaceAll("") : null;
    }

    public static String phone(String text) {
        if (!Literals.hasDigits(text, 10)) {
            return null; // a number has ten digits
        }
        Matcher m = PHONE.find(text);
        return m != null ? m.group().trim() : null;
    }
}
