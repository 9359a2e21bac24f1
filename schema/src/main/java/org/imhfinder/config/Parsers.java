package org.imhfinder.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Value parsers for settings; each fails with a message saying what was expected. */
final class Parsers {
    private Parsers() {
    }

    static String string(String raw) {
        return raw;
    }

    static int port(String raw) {
        int port = integer(raw);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("expected a TCP port (0-65535), got " + raw);
        }
        return port;
    }

    static int integer(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got '" + raw + "'");
        }
    }

    static int positiveInt(String raw) {
        int value = integer(raw);
        if (value < 1) {
            throw new IllegalArgumentException("expected a whole number of at least 1, got " + raw);
        }
        return value;
    }

    static int nonNegative(String raw) {
        int value = integer(raw);
        if (value < 0) {
            throw new IllegalArgumentException("expected a whole number of at least 0, got " + raw);
        }
        return value;
    }

    /** A share strictly between 0 and 1, such as {@code 0.5}. */
    static double ratio(String raw) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number between 0 and 1, got '" + raw + "'");
        }
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("expected a number between 0 and 1 (exclusive), got " + raw);
        }
        return value;
    }

    static boolean bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got '" + raw + "'");
        };
    }

    /** ISO-8601 durations ({@code PT1S}, {@code PT0.5S}) and periods of days ({@code P30D}, {@code P2W}). */
    static Duration duration(String raw) {
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException notDuration) {
            try {
                Period period = Period.parse(raw);
                if (period.getYears() != 0 || period.getMonths() != 0) {
                    throw new IllegalArgumentException("months and years have no fixed length; use days: '" + raw + "'");
                }
                return Duration.ofDays(period.getDays());
            } catch (DateTimeParseException notPeriod) {
                throw new IllegalArgumentException("expected an ISO-8601 duration such as PT1S or P30D, got '" + raw + "'");
            }
        }
    }

    /** Searches in flight at once: at least 1, and under the HTTP server's 20 worker threads with room to spare. */
    static int searchConcurrency(String raw) {
        int value = integer(raw);
        if (value < 1 || value > 16) {
            throw new IllegalArgumentException("expected a whole number from 1 to 16 (the HTTP server has 20 worker threads), got " + raw);
        }
        return value;
    }

    /** How long a request may wait for Elasticsearch: long enough for a real search, short enough not to pile requests up. */
    static Duration searchTimeout(String raw) {
        Duration value = duration(raw);
        if (value.compareTo(Duration.ofMillis(100)) < 0 || value.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("expected a duration from PT0.1S to PT30S, got " + raw);
        }
        return value;
    }

    /** A duration longer than zero. */
    static Duration positiveDuration(String raw) {
        Duration value = duration(raw);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("expected a duration longer than zero, got " + raw);
        }
        return value;
    }

    /** A Kafka consumer session timeout: within the broker's default bounds (6 s to 30 min). */
    static Duration sessionTimeout(String raw) {
        Duration value = duration(raw);
        if (value.compareTo(Duration.ofSeconds(6)) < 0 || value.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("expected a duration from PT6S to PT30M (the broker refuses others), got " + raw);
        }
        return value;
    }

    static Path path(String raw) {
        return Path.of(raw);
    }

    static URI httpUrl(String raw) {
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a URL, got '" + raw + "'");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected an http(s) URL with a host, got '" + raw + "'");
        }
        return uri;
    }

    static String hostPorts(String raw) {
        for (String part : raw.split(",")) {
            if (!part.trim().matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                throw new IllegalArgumentException("expected host:port[,host:port...], got '" + raw + "'");
            }
        }
        return raw;
    }

    static List<String> list(String raw) {
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
