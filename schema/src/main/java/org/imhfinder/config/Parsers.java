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

    /** A duration longer than zero (a timeout, a timer's period). */
    static Duration positiveDuration(String raw) {
        Duration value = duration(raw);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("expected a duration longer than zero, got " + raw);
        }
        return value;
    }

    /** A duration of zero or more (a wait that may be none). */
    static Duration nonNegativeDuration(String raw) {
        Duration value = duration(raw);
        if (value.isNegative()) {
            throw new IllegalArgumentException("expected a duration of zero or more, got " + raw);
        }
        return value;
    }

    /** A JVM heap size as -Xmx takes it: a whole number with an optional k, m or g. */
    static String heapSize(String raw) {
        if (!raw.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new IllegalArgumentException("expected a heap size such as 512m or 2g, got '" + raw + "'");
        }
        return raw;
    }

    /** An address to bind: a host name or IP literal, no scheme, port or spaces. */
    static String bindHost(String raw) {
        if (!raw.matches("[A-Za-z0-9.\\-:%\\[\\]]+")) {
            throw new IllegalArgumentException("expected a host name or IP address such as 127.0.0.1 or 0.0.0.0, got '"
                    + raw + "'");
        }
        return raw;
    }

    /**
     * Bearer tokens, comma-separated: each the token itself or {@code sha256:} and the 64 hex digits
     * of its SHA-256. A bad entry is named by its place, never by its text (it may be a secret).
     */
    static List<String> tokens(String raw) {
        List<String> tokens = list(raw);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("sha256:") && !token.substring("sha256:".length()).matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("token " + (i + 1) + " of " + tokens.size()
                        + " starts with sha256: but is not followed by the 64 hex digits of a SHA-256");
            }
            if (token.chars().anyMatch(c -> c <= ' ' || c == 127)) {
                throw new IllegalArgumentException("token " + (i + 1) + " of " + tokens.size()
                        + " holds a space or control character (a bearer token cannot)");
            }
        }
        return tokens;
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
