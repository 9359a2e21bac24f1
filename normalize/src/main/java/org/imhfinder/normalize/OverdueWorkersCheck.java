package org.imhfinder.normalize;

import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Alive while at most {@value #MAX_OVERDUE} readings given up on (past their deadline) are still running.
 * A worker is interrupted when its reading is given up on, and the PDF reader stops at once; a reading
 * that does not (a regular expression running away on a page) keeps a core busy until the process
 * restarts, which a failing liveness probe brings about. Their records are already dead-lettered.
 */
final class OverdueWorkersCheck extends AbstractHealthCheck {
    static final int MAX_OVERDUE = 2;

    private final IntSupplier overdue;

    OverdueWorkersCheck(IntSupplier overdue) {
        super("imh", "normalize-workers");
        this.overdue = overdue;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        int now = overdue.getAsInt();
        if (now <= MAX_OVERDUE) {
            builder.up();
        } else {
            builder.down().message(now + " readings given up on are still running");
        }
    }
}
