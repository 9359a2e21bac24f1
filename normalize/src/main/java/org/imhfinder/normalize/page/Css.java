package org.imhfinder.normalize.page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once. Jsoup parses a query string on every {@code select(String)}; on
 * normalize's hot path that parsing was about a sixth of the CPU time per page. Evaluators are
 * safe to share between threads (their per-match state is thread-local).
 */
public final class Css {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    /** The parsed query (parsed on first use, then shared). */
    public static Evaluator of(String query) {
        return PARSED.computeIfAbsent(query, QueryParser::parse);
    }
}
