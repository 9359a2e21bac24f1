package org.imhfinder.cli.mutation;

import java.util.List;
import java.util.function.Consumer;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ReviewReason;

/**
 * One change of one site of the {@link MutationWeb} between two crawls, and what the pipeline must
 * make of it: a cosmetic change nothing at all (no flag, no transition, no other page, no other
 * content); a factual change exactly the flags it lists, on the programs it names, and nothing else.
 *
 * @param site the site (and source) it changes
 * @param name what it does, as the table prints it
 * @param change the edit of the web's templates
 * @param expected the programs whose state it changes and how; none for a cosmetic change
 */
public record Mutation(String site, Kind kind, String name, Consumer<MutationWeb> change, List<Expect> expected) {
    public enum Kind { COSMETIC, FACTUAL }

    public Mutation {
        expected = List.copyOf(expected);
        if (kind == Kind.COSMETIC && !expected.isEmpty()) {
            throw new IllegalArgumentException("a cosmetic mutation expects nothing: " + name);
        }
    }

    static Mutation cosmetic(String site, String name, Consumer<MutationWeb> change) {
        return new Mutation(site, Kind.COSMETIC, name, change, List.of());
    }

    static Mutation factual(String site, String name, Consumer<MutationWeb> change, Expect... expected) {
        return new Mutation(site, Kind.FACTUAL, name, change, List.of(expected));
    }

    /** A program of the web: its site, the path of its own page at the start, and words of its name when that page has several. */
    public record Program(String site, String page, String name) {
        static Program of(String site, String page) {
            return new Program(site, page, null);
        }

        static Program of(String site, String page, String name) {
            return new Program(site, page, name);
        }

        @Override
        public String toString() {
            return site + " " + page + (name == null ? "" : " [" + name + "]");
        }
    }

    /**
     * What a mutation makes of one program.
     *
     * @param changed the key fields {@code CONTENT_CHANGED} names (empty when it is not flagged for content)
     * @param page the path of the program's own page afterwards
     * @param notDescribedOn a page (path) that no longer describes it, or null
     */
    public record Expect(Program program, FreshnessStatus status, List<ReviewReason> reasons, List<String> changed,
                         String page, String notDescribedOn) {
        public Expect {
            reasons = List.copyOf(reasons);
            changed = List.copyOf(changed);
        }

        /** Flagged CONTENT_CHANGED for these key fields, still FRESH on its page. */
        static Expect changed(Program program, String... fields) {
            return new Expect(program, FreshnessStatus.FRESH, List.of(ReviewReason.CONTENT_CHANGED), List.of(fields),
                    program.page(), null);
        }

        /** GONE from its page, SOURCE_GONE. */
        static Expect gone(Program program) {
            return new Expect(program, FreshnessStatus.GONE, List.of(ReviewReason.SOURCE_GONE), List.of(), program.page(), null);
        }

        /** SOURCE_MOVED to {@code page}, its content and status as they were. */
        static Expect moved(Program program, String page) {
            return new Expect(program, FreshnessStatus.FRESH, List.of(ReviewReason.SOURCE_MOVED), List.of(), page, null);
        }

        /** Not flagged; page {@code summary} no longer describes it. */
        static Expect noLongerSummarisedOn(Program program, String summary) {
            return new Expect(program, FreshnessStatus.FRESH, List.of(), List.of(), program.page(), summary);
        }

        boolean flagged() {
            return !reasons.isEmpty();
        }

        /** As the table prints it. */
        String describe() {
            String text = status + " " + reasons;
            if (!changed.isEmpty()) {
                text += " " + changed;
            }
            if (!page.equals(program.page())) {
                text += " at " + page;
            }
            if (notDescribedOn != null) {
                text += ", not on " + notDescribedOn;
            }
            return text;
        }
    }
}
