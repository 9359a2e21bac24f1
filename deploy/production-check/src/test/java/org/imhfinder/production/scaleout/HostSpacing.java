package org.imhfinder.production.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.imhfinder.localstack.web.RecordedRequest;

/**
 * Per-host politeness as the host itself saw it, from its request log. A site records each request
 * as it answers it; the crawler waits for that answer, then for the crawl delay, before its next
 * request to the host. So two answers closer together than the delay mean either two requests
 * in flight at once or a delay cut short: both are violations. {@code slack} allows for the two
 * processes' clock readings (the answer is written a moment after it is recorded).
 */
public final class HostSpacing {
    /** Two consecutive requests to one host closer together than allowed. */
    public record Violation(String host, RecordedRequest earlier, RecordedRequest later, Duration gap) {
        @Override
        public String toString() {
            return host + ": " + earlier.target() + " at " + earlier.at() + " then " + later.target() + " at "
                    + later.at() + " (" + gap.toMillis() + " ms apart)";
        }
    }

    /** What one host's log shows: its requests, the smallest gap between two of them, the violations. */
    public record Report(String host, int requests, Duration smallestGap, List<Violation> violations) {
    }

    private HostSpacing() {
    }

    public static Report check(String host, List<RecordedRequest> log, Duration delay, Duration slack) {
        List<RecordedRequest> requests = new ArrayList<>(log);
        requests.sort(Comparator.comparing(RecordedRequest::at));
        Duration least = delay.minus(slack);
        Duration smallest = null;
        List<Violation> violations = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.between(requests.get(i - 1).at(), requests.get(i).at());
            smallest = smallest == null || gap.compareTo(smallest) < 0 ? gap : smallest;
            if (gap.compareTo(least) < 0) {
                violations.add(new Violation(host, requests.get(i - 1), requests.get(i), gap));
            }
        }
        return new Report(host, requests.size(), smallest, List.copyOf(violations));
    }
}
