package org.imhfinder.normalize.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.sources.ExtractionRule;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The operators' hand rules of every source (sources.yml {@code extraction}; their CSS selectors
 * were compiled when the sources file was read): a field normalize does not know stops start-up
 * with the file, line and reason of every problem. On a page whose path matches a rule, selects the elements each field
 * points at.
 */
public final class HandRules implements BiFunction<Page.RuleInput, Document, Map<Field, List<Element>>> {
    private final Map<String, List<Compiled>> bySource = new HashMap<>();

    /** Compiles the rules; {@code file} names the sources file in messages. */
    public HandRules(List<SourceDefinition> sources, String file) {
        List<String> problems = new ArrayList<>();
        for (SourceDefinition source : sources) {
            List<Compiled> compiled = new ArrayList<>();
            for (ExtractionRule rule : source.extraction()) {
                compiled.add(compile(source, rule, file, problems));
            }
            bySource.put(source.id(), compiled);
        }
        if (!problems.isEmpty()) {
            throw new SourcesException(problems);
        }
    }

    /** The elements each field's selector finds on this page, for the rules whose URL pattern matches. */
    @Override
    public Map<Field, List<Element>> apply(Page.RuleInput page, Document document) {
        if (page.source() == null) {
            return Map.of();
        }
        Map<Field, List<Element>> hits = new EnumMap<>(Field.class);
        String path = pathOf(page.url());
        for (Compiled rule : bySource.getOrDefault(page.source().id(), List.of())) {
            if (rule.rule().appliesTo(path)) {
                rule.selectors().forEach((field, evaluator) -> {
                    List<Element> found = document.select(evaluator);
                    if (!found.isEmpty()) {
                        hits.computeIfAbsent(field, f -> new ArrayList<>()).addAll(found);
                    }
                });
            }
        }
        return hits;
    }

    public boolean isEmpty() {
        return bySource.values().stream().allMatch(List::isEmpty);
    }

    /** Maps the rule's selectors (compiled when the sources file was read) to fields; an unknown field is a problem. */
    private static Compiled compile(SourceDefinition source, ExtractionRule rule, String file, List<String> problems) {
        Map<Field, Evaluator> selectors = new LinkedHashMap<>();
        int line = rule.line() > 0 ? rule.line() : source.line();
        rule.selectors().forEach((name, evaluator) -> {
            var field = Field.byKey(name).filter(f -> f != Field.DOCUMENTS && f != Field.PROVIDER_TYPE);
            if (field.isEmpty()) {
                problems.add(file + ":" + line + ": source '" + source.id() + "', rule '" + rule.urlPattern().pattern()
                        + "': unknown field '" + name + "'");
            } else {
                selectors.put(field.get(), evaluator);
            }
        });
        return new Compiled(rule, selectors);
    }

    /** The path and query a URL pattern is matched against ("/page.php?id=4"). */
    static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private record Compiled(ExtractionRule rule, Map<Field, Evaluator> selectors) {
    }
}
