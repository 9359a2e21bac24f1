package org.imhfinder.normalize.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Numbers;

/**
 * The hours a requirement asks for, as providers write them: "30 clock hours", "thirty contact hours",
 * "24-48 learning hours" (a range: its low end), "about 300 hours". A stated minimum is the requirement
 * ("Minimum 30 hours, average 40 hours" is 30), and of several minimums, one per designation or path, the
 * lowest ("Minimum 48 hours ... Minimum 33 hours" is 33). A sum is the sum ("14 hours of seminars plus 6
 * hours of observation" is 20), but hours of reflective supervision received are never added to training
 * ("12 hours plus 4 hours of reflective consultation" is 12). Credits are never hours: "21 credit hours"
 * and "12 semester hours" are not read; nor are continuing-education hours to keep the credential ("15 hours
 * each year to renew").
 */
public final class RequiredHours {
    /** A number of hours, with at most two words between ("30 clock hours", "30 in-service training hours"), never a credit. */
    private static final Pattern HOURS = Pattern.compile("(?i)\\b" + Numbers.RANGE + "\\+?[ \\t]*(?:-[ \\t]*)?"
            + "(?:(?!(?:credit|semester|quarter|unit|year|month|week|day|of|or|and)s?\\b)[a-z][a-z-]*[ \\t]+){0,2}(?:hours?|hrs?)\\b");
    /** "Minimum 30", "a minimum of 30", "at least 30", "no fewer than 30" just before the number. */
    private static final Pattern MINIMUM_BEFORE = Pattern.compile(
            "(?i)\\b(?:minimum(?:\\s+of)?|at\\s+least|no\\s+(?:fewer|less)\\s+than)\\s*:?\\s*$");
    /** What may sit between a quantity and "plus": words, without another number or the end of a clause. */
    private static final Pattern ADDEND = Pattern.compile("(?i)^[^\\d.;:|]{0,100}?\\s(?:plus|\\+)\\s+(?:an?\\s+additional\\s+|another\\s+)?"
            + Numbers.NUMBER + "(?:\\s*(?:-\\s*)?(?:(?:clock|contact|learning|training)\\s+)?(?:hours?|hrs?)\\b|(?=\\s*(?:[.,;)]|$|more\\b)))"
            + "(?:\\s+(?:of|in|on|about)\\s+(?:the\\s+)?)?");
    /** An addend that is reflective supervision or consultation received, not training. */
    private static final Pattern SUPERVISION = Pattern.compile(
            "(?i)^(?:reflective\\s+(?:supervision|consultation|practice)|RS/?C\\b|RSC\\b|supervision|consultation)");
    private static final Pattern OBJECT = Pattern.compile("(?i)^\\s+(?:of|in|on|about)\\s+(?:the\\s+)?");
    /** An explicit waiver; "recommended for Policy" still leaves the hours asked of the path that needs them. */
    private static final Pattern WAIVED = Pattern.compile("(?i)\\b(?:not\\s+required|n/a|optional|waived)(?:\\W|$)");
    private static final Pattern RENEWAL = Pattern.compile(
            "(?i)\\b(?:renew\\w*|recertif\\w*|annual(?:ly)?|(?:each|every|per)\\s+year|(?:hours?|education)\\s+a\\s+year|yearly|continuing\\s+education|to\\s+maintain)\\b");
    private static final int MINIMUM_WINDOW = 25;
    /** What may come before a length's hours ("About 12 hours", "A total of 12 hours"). */
    private static final Pattern LEADING = Pattern.compile("(?i)\\W*(?:about|approximately|around|roughly|a\\s+total\\s+of|total:?)?\\s*");

    private RequiredHours() {
    }

    /** The hours the text requires, or empty when it states none. */
    public static Optional<Integer> of(String text) {
        List<Integer> stated = new ArrayList<>();
        List<Integer> minimums = new ArrayList<>();
        List<Integer> supervisionMinimums = new ArrayList<>();
        Matcher m = HOURS.matcher(text);
        while (m.find()) {
            if (forRenewal(text, m.start(), m.end())) {
                continue;
            }
            int total = (int) Numbers.value(m.group(1)) + addends(text.substring(m.end()));
            stated.add(total);
            String before = text.substring(Math.max(0, m.start() - MINIMUM_WINDOW), m.start());
            if (MINIMUM_BEFORE.matcher(before).find()) {
                (aboutSupervision(text.substring(m.end())) ? supervisionMinimums : minimums).add(total);
            }
        }
        // "a minimum of 30 hours of training and a minimum of 24 hours of RS/C": the lowest minimum is of the same kind
        List<Integer> lowestOf = minimums.isEmpty() ? supervisionMinimums : minimums;
        return lowestOf.isEmpty() ? stated.stream().findFirst() : lowestOf.stream().min(Integer::compare);
    }

    /** The hours a length is given in, when it starts with them ("12 hours (over the course of 3 days)"). */
    public static Optional<Integer> lengthInHours(String length) {
        Matcher m = HOURS.matcher(length);
        return m.find() && LEADING.matcher(length.substring(0, m.start())).matches() && !aboutSupervision(length.substring(m.end()))
                ? of(length) : Optional.empty();
    }

    /**
     * True when hours are asked of some paths only and explicitly waived for others ("Clinical path: 50 clock hours.
     * Policy and Research/Faculty paths: encouraged, not required"): the program's minimum is then none.
     */
    public static boolean waivedForSome(String text) {
        Matcher m = HOURS.matcher(text);
        return m.find() && WAIVED.matcher(text.substring(m.end())).find();
    }

    /** Hours in a clause about keeping the credential ("15 hours each year to renew") are continuing education, not the requirement. */
    private static boolean forRenewal(String text, int start, int end) {
        int from = Math.max(Math.max(text.lastIndexOf(';', start), text.lastIndexOf(". ", start)), 0);
        int semicolon = text.indexOf(';', end);
        int period = text.indexOf(". ", end);
        int to = Math.min(semicolon < 0 ? text.length() : semicolon, period < 0 ? text.length() : period);
        return RENEWAL.matcher(text.substring(from, to)).find();
    }

    private static boolean aboutSupervision(String after) {
        return SUPERVISION.matcher(OBJECT.matcher(after).replaceFirst("")).find();
    }

    /** The hours added to a quantity by "plus N (hours of ...)", one after another. */
    private static int addends(String after) {
        int sum = 0;
        String rest = after;
        Matcher m = ADDEND.matcher(rest);
        while (m.find() && !SUPERVISION.matcher(rest.substring(m.end())).find()) {
            sum += (int) Numbers.value(m.group(1));
            rest = rest.substring(m.end());
            m = ADDEND.matcher(rest);
        }
        return sum;
    }
}
