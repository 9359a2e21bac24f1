package org.imhfinder.production.scaleout;

import java.time.Duration;

/**
 * The size of a scale-out run, from system properties: {@code scale.hosts} hosts (default 20)
 * carrying {@code scale.pages} program pages in all (default 100: the short run of {@code mvn verify};
 * 2000 for the full run), {@code scale.instances} instances of normalize and of the indexer
 * (default 2), {@code scale.ingest} instances of ingest (default: as many) and the crawl delay
 * {@code scale.delay} (default PT0.1S: small, yet long enough to see on each host's log).
 */
public record ScaleOutPlan(int hosts, int pages, int instances, int ingestInstances, Duration delay) {
    public ScaleOutPlan {
        if (hosts < 1 || pages < hosts || instances < 1 || ingestInstances < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("a scale-out run needs hosts >= 1, pages >= hosts, instances >= 1 and a delay >= 0: "
                    + hosts + " hosts, " + pages + " pages, " + instances + " instances, " + ingestInstances + " ingest, " + delay);
        }
    }

    public static ScaleOutPlan fromSystemProperties() {
        int instances = integer("scale.instances", 2);
        return new ScaleOutPlan(integer("scale.hosts", 20), integer("scale.pages", 100), instances,
                integer("scale.ingest", instances), Duration.parse(text("scale.delay", "PT0.1S")));
    }

    public int programsPerHost() {
        return pages / hosts;
    }

    private static int integer(String property, int otherwise) {
        return Integer.parseInt(text(property, String.valueOf(otherwise)));
    }

    private static String text(String property, String otherwise) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
