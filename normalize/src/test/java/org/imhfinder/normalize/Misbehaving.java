package org.imhfinder.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.page.Page;

/**
 * An extraction strategy that misbehaves on purpose, on pages whose path says how: {@code /fails-...}
 * throws (a bug that escapes the record's dead-lettering), {@code /hangs-...} never returns (a stage
 * to be killed while on the record). Added after the configured strategies.
 */
final class Misbehaving implements ProgramExtractor {
    static UnaryOperator<List<ProgramExtractor>> added() {
        return configured -> {
            List<ProgramExtractor> all = new ArrayList<>(configured);
            all.add(new Misbehaving());
            return all;
        };
    }

    @Override
    public String name() {
        return "misbehaving";
    }

    @Override
    public void extract(Page page, Candidate candidate, FieldSet fields) {
        if (page.url().contains("/fails-")) {
            throw new IllegalStateException("an extractor bug on " + page.url());
        }
        while (page.url().contains("/hangs-")) {
            // a reader that does not stop when asked: parked, it ignores interrupts; only killing the process ends it
            LockSupport.park(this);
        }
    }
}
