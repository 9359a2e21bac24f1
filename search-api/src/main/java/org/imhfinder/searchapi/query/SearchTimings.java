package org.imhfinder.searchapi.query;

import java.util.StringJoiner;

/**
 * Where one search's time goes inside this API, phase by phase, for the thread answering it: so the
 * API's own cost (reading the parameters, interpreting the words, building the body, reading
 * Elasticsearch's answer, writing ours) can be told from the wait on Elasticsearch. A benchmark reads
 * it from the answer's {@code Server-Timing} header; {@code /metrics} has it as
 * {@code imh_api_search_phase_seconds{phase}}. Outside a timed request (tests, tools) nothing is kept.
 */
public final class SearchTimings {
    /** The phases of a search, by the name {@code Server-Timing} gives them. */
    public enum Phase {
        PARSE("parse"), INTERPRET("interpret"), BODY("body"), ELASTICSEARCH("es"), READ("read"), WRITE("write");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private SearchTimings() {
    }

    /** Starts timing this thread's request. */
    public static void begin() {
        CURRENT.set(new long[Phase.values().length]);
    }

    /** Adds the time since {@code startNanos} ({@link System#nanoTime()}) to {@code phase}. */
    public static void since(Phase phase, long startNanos) {
        long[] nanos = CURRENT.get();
        if (nanos != null) {
            nanos[phase.ordinal()] += System.nanoTime() - startNanos;
        }
    }

    /** Stops timing this thread's request: nanoseconds by phase ordinal (zeros when it was not timed). */
    public static long[] end() {
        long[] nanos = CURRENT.get();
        CURRENT.remove();
        return nanos == null ? new long[Phase.values().length] : nanos;
    }

    /**
     * The {@code Server-Timing} value (W3C Server Timing): each phase in milliseconds, then
     * {@code api}, the time that was not the wait on Elasticsearch, and {@code cache} when the
     * answer came from the result cache.
     */
    public static String header(long[] nanos, boolean cached) {
        StringJoiner header = new StringJoiner(", ");
        long own = 0;
        for (Phase phase : Phase.values()) {
            header.add(phase.label() + ";dur=" + millis(nanos[phase.ordinal()]));
            own += phase == Phase.ELASTICSEARCH ? 0 : nanos[phase.ordinal()];
        }
        header.add("api;dur=" + millis(own));
        if (cached) {
            header.add("cache;desc=hit");
        }
        return header.toString();
    }

    /** Milliseconds with three decimals ("12.345"), without a {@code Formatter}: seven of them per search. */
    static String millis(long nanos) {
        long micros = Math.max(0, (nanos + 500) / 1_000);
        long fraction = micros % 1_000;
        return (micros / 1_000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
