package org.imhfinder.cli.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.imhfinder.cli.mutation.Mutation.Expect;
import org.imhfinder.cli.mutation.Mutation.Program;

/**
 * Runs the mutation test on a pipeline: a first crawl of the {@link MutationWeb}, then one round per
 * mutation of the busiest site (each round applies the next mutation of every site, crawls every
 * source, checks what each mutation did and, as a curator would, confirms what was flagged, or
 * retires what is gone, so the next round starts clean), then three crawls of the unchanged web
 * with every page fetched in full. Every check is a row of the table it prints; the run fails at
 * the end, with the table, if any row did not come out as expected.
 */
public final class MutationRounds {
    static final int UNCHANGED_CRAWLS = 3;
    private static final String CURATOR_NOTE = "Checked against the provider's page.";

    private final MutationWeb web;
    private final MutationPipeline pipeline;
    private final Map<String, List<Mutation>> plan;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Program, String> ids = new LinkedHashMap<>();

    public MutationRounds(MutationWeb web, MutationPipeline pipeline, Map<String, List<Mutation>> plan) {
        this.web = web;
        this.pipeline = pipeline;
        this.plan = plan;
    }

    /** One line of the table. */
    public record Row(String round, String site, String mutation, String kind, String expected, String observed, boolean ok,
                      long millis) {
    }

    /** Runs every round; the rows, in order. */
    public List<Row> run() {
        long start = System.nanoTime();
        pipeline.crawl();
        Map<String, Doc> before = snapshot();
        firstCrawl(before, millisSince(start));
        before = clearFlags(before);
        int rounds = plan.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            before = round(round, before);
        }
        web.conditionalRequests(false);
        for (int crawl = 1; crawl <= UNCHANGED_CRAWLS; crawl++) {
            before = unchanged(crawl, before);
        }
        web.conditionalRequests(true);
        return List.copyOf(rows);
    }

    /** The first crawl: every program found once, on its own page, nothing flagged. */
    private void firstCrawl(Map<String, Doc> docs, long millis) {
        List<String> problems = new ArrayList<>();
        for (Program program : MutationPlan.PROGRAMS) {
            List<Doc> found = docs.values().stream().filter(d -> isOwnPageOf(d, program)).toList();
            if (found.size() == 1) {
                ids.put(program, found.get(0).id());
            } else {
                problems.add(program + ": " + found.size() + " programs there");
            }
        }
        docs.values().stream().filter(d -> !ids.containsValue(d.id()))
                .forEach(d -> problems.add("unexpected program '" + d.name() + "' at " + web.describe(d.sourceUrl())));
        docs.values().stream().filter(Doc::flagged).forEach(d -> problems.add(d.name() + " flagged " + d.reasons()));
        String observed = problems.isEmpty() ? docs.size() + " programs, no flags" : String.join("; ", problems);
        rows.add(new Row("0", "all", "first crawl", "-", MutationPlan.PROGRAMS.size() + " programs, no flags", observed,
                problems.isEmpty(), millis));
    }

    private Map<String, Doc> round(int round, Map<String, Doc> before) {
        long start = System.nanoTime();
        Map<String, Mutation> applied = new LinkedHashMap<>();
        plan.forEach((site, mutations) -> {
            if (round < mutations.size()) {
                Mutation mutation = mutations.get(round);
                mutation.change().accept(web);
                applied.put(site, mutation);
            }
        });
        web.render();
        pipeline.crawl();
        Map<String, Doc> after = snapshot();
        long millis = millisSince(start);
        int expectedFlags = 0;
        for (String site : plan.keySet()) {
            Mutation mutation = applied.get(site);
            rows.add(check(round + 1, site, mutation, before, after, millis));
            expectedFlags += mutation == null ? 0 : (int) mutation.expected().stream().filter(Expect::flagged).count();
        }
        long queued = pipeline.reviewItems();
        rows.add(new Row(String.valueOf(round + 1), "all", "review queue", "-", expectedFlags + " items", queued + " items",
                queued == expectedFlags, millis));
        return clearFlags(after);
    }

    /** What one site's mutation (or none) did to the site's programs. */
    private Row check(int round, String site, Mutation mutation, Map<String, Doc> before, Map<String, Doc> after, long millis) {
        Map<String, Expect> expected = new LinkedHashMap<>();
        if (mutation != null) {
            mutation.expected().forEach(e -> expected.put(ids.get(e.program()), e));
        }
        List<String> observed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Expect expect : expected.values()) {
            Doc doc = after.get(ids.get(expect.program()));
            String seen = doc == null ? "missing" : describe(doc, expect);
            observed.add(seen);
            if (doc == null || !meets(doc, expect)) {
                problems.add(expect.program() + ": " + seen);
            }
        }
        for (Doc doc : after.values()) {
            if (doc.sourceId().equals(site) && !expected.containsKey(doc.id())) {
                String change = unexpectedChange(before.get(doc.id()), doc);
                if (change != null) {
                    observed.add(change);
                    problems.add(change);
                }
            }
        }
        if (mutation == null) {
            return new Row(String.valueOf(round), site, "(none)", "-", "nothing", problems.isEmpty() ? "nothing" : String.join("; ", problems),
                    problems.isEmpty(), millis);
        }
        String expectedText = expected.isEmpty() ? "nothing" : String.join("; ", mutation.expected().stream()
                .map(e -> e.program().page() + (e.program().name() == null ? "" : " [" + e.program().name() + "]") + ": "
                        + e.describe()).toList());
        String observedText = observed.isEmpty() ? "nothing" : String.join("; ", observed);
        return new Row(String.valueOf(round), site, mutation.name(), mutation.kind().name().toLowerCase(Locale.ROOT),
                expectedText, observedText, problems.isEmpty(), millis);
    }

    private boolean meets(Doc doc, Expect expect) {
        return doc.status().equals(expect.status().name())
                && doc.reasons().equals(new TreeSet<>(expect.reasons().stream().map(Enum::name).toList()))
                && doc.changedFields().equals(new TreeSet<>(expect.changed()))
                && doc.sourceUrl().equals(web.url(expect.program().site(), expect.page()))
                && (expect.notDescribedOn() == null
                        || !doc.alsoDescribedOn().contains(web.url(expect.program().site(), expect.notDescribedOn())));
    }

    private String describe(Doc doc, Expect expect) {
        String text = doc.status() + " " + doc.reasons();
        if (!doc.changedFields().isEmpty()) {
            text += " " + doc.changedFields();
        }
        if (!doc.sourceUrl().equals(web.url(expect.program().site(), expect.program().page()))) {
            text += " at " + MutationWeb.pathOf(doc.sourceUrl());
        }
        if (expect.notDescribedOn() != null) {
            boolean still = doc.alsoDescribedOn().contains(web.url(expect.program().site(), expect.notDescribedOn()));
            text += still ? ", still on " + expect.notDescribedOn() : ", not on " + expect.notDescribedOn();
        }
        return text;
    }

    /** What changed of a program nothing should have changed: a flag, its page, its content, a transition; null when nothing did. */
    private String unexpectedChange(Doc before, Doc after) {
        List<String> changes = new ArrayList<>();
        if (before == null) {
            return "new program '" + after.name() + "' at " + web.describe(after.sourceUrl());
        }
        if (after.flagged()) {
            changes.add("flagged " + after.status() + " " + after.reasons() + (after.changedFields().isEmpty() ? "" : " " + after.changedFields()));
        }
        if (!after.sourceUrl().equals(before.sourceUrl())) {
            changes.add("sourceUrl " + MutationWeb.pathOf(before.sourceUrl()) + " -> " + MutationWeb.pathOf(after.sourceUrl()));
        }
        if (!Objects.equals(after.contentHash(), before.contentHash())) {
            changes.add("content changed" + contentDiff(before, after));
        }
        if (after.transitions() != before.transitions()) {
            changes.add((after.transitions() - before.transitions()) + " transition(s): " + after.lastTransition());
        }
        return changes.isEmpty() ? null : after.name() + ": " + String.join(", ", changes);
    }

    /** The content fields whose values differ, for a message. */
    private static String contentDiff(Doc before, Doc after) {
        List<String> fields = new ArrayList<>();
        after.content().fieldNames().forEachRemaining(f -> {
            if (!Objects.equals(after.content().get(f), before.content().get(f))) {
                fields.add(f + "=" + after.content().get(f) + " (was " + before.content().get(f) + ")");
            }
        });
        before.content().fieldNames().forEachRemaining(f -> {
            if (!after.content().has(f)) {
                fields.add(f + " lost (was " + before.content().get(f) + ")");
            }
        });
        return fields.isEmpty() ? "" : " " + fields;
    }

    /** A curator confirms every flagged program and retires every gone one; returns the state the next round starts from. */
    private Map<String, Doc> clearFlags(Map<String, Doc> docs) {
        List<String> confirm = new ArrayList<>();
        List<String> retire = new ArrayList<>();
        for (Doc doc : docs.values()) {
            if (doc.flagged()) {
                (doc.status().equals("GONE") ? retire : confirm).add(doc.id());
            }
        }
        if (!confirm.isEmpty()) {
            pipeline.decide(confirm, "CONFIRM", CURATOR_NOTE);
        }
        if (!retire.isEmpty()) {
            pipeline.decide(retire, "RETIRE", "The program's page is gone.");
        }
        return confirm.isEmpty() && retire.isEmpty() ? docs : snapshot();
    }

    /** A crawl of the web as it is, every page fetched in full: nothing may change. */
    private Map<String, Doc> unchanged(int crawl, Map<String, Doc> before) {
        long start = System.nanoTime();
        pipeline.crawl();
        Map<String, Doc> after = snapshot();
        long millis = millisSince(start);
        List<String> changes = new ArrayList<>();
        int transitions = 0;
        for (Doc doc : after.values()) {
            Doc was = before.get(doc.id());
            transitions += was == null ? doc.transitions() : doc.transitions() - was.transitions();
            String change = unexpectedChange(was, doc);
            if (change != null) {
                changes.add(change);
            }
        }
        long queued = pipeline.reviewItems();
        if (queued > 0) {
            changes.add(queued + " review items");
        }
        String observed = transitions + " transitions" + (changes.isEmpty() ? "" : ": " + String.join("; ", changes));
        rows.add(new Row("U" + crawl, "all", "unchanged web, every page fetched in full", "-", "0 transitions", observed,
                changes.isEmpty() && transitions == 0, millis));
        return clearFlags(after);
    }

    private Map<String, Doc> snapshot() {
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (JsonNode program : pipeline.programs()) {
            Doc doc = Doc.of(program);
            docs.put(doc.id(), doc);
        }
        return docs;
    }

    private boolean isOwnPageOf(Doc doc, Program program) {
        return doc.sourceId().equals(program.site()) && doc.sourceUrl().equals(web.url(program.site(), program.page()))
                && (program.name() == null || doc.name().contains(program.name()));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The rows as a table, one line each. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-5s | %-22s | %-50s | %-8s | %-60s | %s%n", "round", "site", "mutation", "kind", "expected",
                "observed"));
        for (Row row : rows) {
            out.append(String.format("%-5s | %-22s | %-50s | %-8s | %-60s | %s%s%n", row.round(), row.site(), row.mutation(),
                    row.kind(), row.expected(), row.ok() ? "" : "FAILED: ", row.observed()));
        }
        return out.toString();
    }

    /** How long each round's crawl and snapshot took, in seconds, by round. */
    public static String secondsPerRound(List<Row> rows) {
        Map<String, Long> byRound = new LinkedHashMap<>();
        rows.forEach(row -> byRound.putIfAbsent(row.round(), row.millis()));
        List<String> parts = new ArrayList<>();
        byRound.forEach((round, millis) -> parts.add(round + "=" + String.format(Locale.ROOT, "%.1f", millis / 1000.0)));
        return String.join(" ", parts);
    }

    /** Writes the table to {@code file} too, for the build's records. */
    public static void write(Path file, List<Row> rows) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the rounds read of one program document. */
    record Doc(String id, String sourceId, String name, String sourceUrl, String status, TreeSet<String> reasons,
               TreeSet<String> changedFields, String contentHash, JsonNode content, List<String> alsoDescribedOn,
               int transitions, String lastTransition, boolean retired) {
        static Doc of(JsonNode doc) {
            TreeSet<String> reasons = new TreeSet<>();
            doc.path("freshness").path("reasons").forEach(r -> reasons.add(r.asText()));
            TreeSet<String> changed = new TreeSet<>();
            doc.path("changedFields").forEach(f -> changed.add(f.asText()));
            List<String> also = new ArrayList<>();
            doc.path("alsoDescribedOn").forEach(u -> also.add(u.asText()));
            JsonNode history = doc.path("reviewHistory");
            List<JsonNode> transitions = new ArrayList<>();
            history.forEach(h -> {
                if (!h.has("decisionId")) {
                    transitions.add(h);
                }
            });
            String last = transitions.isEmpty() ? "" : transitions.get(transitions.size() - 1).path("kind").asText() + " "
                    + transitions.get(transitions.size() - 1).path("detail").asText();
            return new Doc(doc.path("id").asText(), doc.path("sourceId").asText(), doc.path("name").asText(),
                    doc.path("sourceUrl").asText(), doc.path("freshness").path("status").asText(), reasons, changed,
                    doc.path("contentHash").asText(null), content(doc), also, transitions.size(), last,
                    doc.path("curation").path("retired").asBoolean(false));
        }

        /** The content fields, as the catalogue names them. */
        private static JsonNode content(JsonNode doc) {
            com.fasterxml.jackson.databind.node.ObjectNode content = org.imhfinder.schema.Json.mapper().createObjectNode();
            for (org.imhfinder.schema.ListingField field : org.imhfinder.schema.ListingField.values()) {
                if (field.isContent() && doc.has(field.json()) && !doc.get(field.json()).isNull()) {
                    content.set(field.json(), doc.get(field.json()));
                }
            }
            return content;
        }

        boolean flagged() {
            return !reasons.isEmpty() && !retired;
        }
    }
}
