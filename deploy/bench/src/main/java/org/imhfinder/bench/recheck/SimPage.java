package org.imhfinder.bench.recheck;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One page of the simulated web: when its live content changed (epoch milliseconds, ascending) and
 * the application deadline it shows after each change ({@code deadlines[0]} before the first, null
 * for none). Version {@code n} is the page after its {@code n}th change.
 */
final class SimPage {
    final int id;
    final String sourceId;
    final String host;
    final String url;
    final ChangeProcess process;
    final long[] changes;
    final LocalDate[] deadlines;

    SimPage(int id, String sourceId, String host, String url, ChangeProcess process, long[] changes, LocalDate[] deadlines) {
        if (deadlines.length != changes.length + 1) {
            throw new IllegalArgumentException("one deadline per version");
        }
        this.id = id;
        this.sourceId = sourceId;
        this.host = host;
        this.url = url;
        this.process = process;
        this.changes = changes;
        this.deadlines = deadlines;
    }

    /** A listing's own page (a hub lists programs, it is not one). */
    boolean listing() {
        return process != ChangeProcess.HUB;
    }

    /** The live version at {@code t}: how many changes happened at or before it. */
    int versionAt(long t) {
        int at = Arrays.binarySearch(changes, t);
        return at >= 0 ? lastIndexOf(at) + 1 : -at - 1;
    }

    private int lastIndexOf(int at) {
        int i = at;
        while (i + 1 < changes.length && changes[i + 1] == changes[at]) {
            i++;
        }
        return i;
    }

    LocalDate deadline(int version) {
        return deadlines[version];
    }

    /** When version {@code version} went live (0: before the simulation). */
    long since(int version) {
        return version == 0 ? Long.MIN_VALUE : changes[version - 1];
    }

    /** When the deadline shown at {@code version} was put on the page (the latest change that set it). */
    long deadlineSince(int version) {
        int v = version;
        while (v > 0 && java.util.Objects.equals(deadlines[v], deadlines[v - 1])) {
            v--;
        }
        return since(v);
    }
}
