package org.imhfinder.ingest.run;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Crawl ids: {@code crawl-20260105T090000Z-3f9a1c}, sortable by start time and unique. */
public final class CrawlIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private CrawlIds() {
    }

    public static String next(Instant now) {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return "crawl-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(bytes);
    }
}
