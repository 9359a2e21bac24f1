package org.imhfinder.production.scaleout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of a {@code /metrics} page (the Prometheus text format). */
public final class PrometheusText {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)(\\s+\\d+)?$");

    private PrometheusText() {
    }

    /** The sum of every sample of the metric (all its label sets), optionally only those whose labels hold {@code label}; 0 when absent. */
    public static double sum(String text, String metric, String label) {
        double total = 0;
        for (String line : text.split("\\R")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(metric)) {
                continue;
            }
            String labels = sample.group(2) == null ? "" : sample.group(2);
            if (label == null || labels.contains(label)) {
                total += Double.parseDouble(sample.group(3));
            }
        }
        return total;
    }

    public static double sum(String text, String metric) {
        return sum(text, metric, null);
    }
}
