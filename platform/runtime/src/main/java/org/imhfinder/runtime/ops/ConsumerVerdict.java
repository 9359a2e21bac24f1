package org.imhfinder.runtime.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with one Kafka consumer route, from what was observed of it, and whether a
 * restart is the remedy. Every finding takes {@code /ready} down; those a restart mends take
 * {@code /health} down too, so an orchestrator restarts the process (README, "Health").
 */
final class ConsumerVerdict {
    private ConsumerVerdict() {
    }

    /**
     * What was seen of a consumer route. Durations are null and counts negative when unknown.
     *
     * @param everStarted    the route had started (a stage may start a route late, after a catch-up)
     * @param deadPollers    poll loops that ended (an error the route does not handle ended them)
     * @param gaveUp         consumers Camel gave up on (could not create or subscribe them), with its reason
     * @param jvmError       an {@link Error} a record's processing threw, or null
     * @param sinceLastPoll  how long since the consumer that polled least recently last polled (a
     *                       consumer polls between records, so a record in processing that long counts)
     * @param waiting        records in the route's topics not yet committed by its group
     * @param sinceProgress  how long the group's committed offsets have not moved while records waited
     */
    record Observation(String routeId, boolean started, boolean everStarted, int deadPollers, String gaveUp,
                       String jvmError, Duration sinceLastPoll, long waiting,
                       Duration sinceProgress) {
    }

    /** One thing wrong; {@code restartHelps}: it is down for {@code /health} too. */
    record Finding(String routeId, String what, boolean restartHelps) {
        @Override
        public String toString() {
            return routeId + ": " + what;
        }
    }

    static List<Finding> judge(Observation o, Duration bound) {
        List<Finding> findings = new ArrayList<>();
        String id = o.routeId();
        if (!o.started()) {
            findings.add(o.everStarted()
                    ? new Finding(id, "stopped after it had started: nothing consumes its topics", true)
                    : new Finding(id, "not started yet", false));
            return findings;
        }
        if (o.deadPollers() > 0) {
            findings.add(new Finding(id, o.deadPollers() + " poll loop(s) ended: an error the route does not handle"
                    + " stopped the consumer", true));
        }
        if (o.gaveUp() != null) {
            findings.add(new Finding(id, "the consumer gave up: " + o.gaveUp(), true));
        }
        if (o.jvmError() != null) {
            findings.add(new Finding(id, "a record's processing threw " + o.jvmError()
                    + " (an Error: the process cannot be trusted to go on)", true));
        }
        if (o.waiting() > 0 && over(o.sinceLastPoll(), bound)) {
            findings.add(new Finding(id, "not polled for " + seconds(o.sinceLastPoll()) + " (over " + seconds(bound)
                    + ": a record in processing that long, or a consumer that hangs) while " + o.waiting()
                    + " records wait", true));
        }
        if (o.waiting() > 0 && over(o.sinceProgress(), bound)) {
            findings.add(new Finding(id, "no offset committed for " + seconds(o.sinceProgress()) + " while "
                    + o.waiting() + " records wait", false));
        }
        return findings;
    }

    private static boolean over(Duration value, Duration bound) {
        return value != null && value.compareTo(bound) > 0;
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
