package org.imhfinder.normalize.extract;

import java.util.List;
import java.util.Map;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.schema.ExtractionMethod;
import org.jsoup.nodes.Element;

/**
 * Trust level 2: the fields an operator's hand rules select, read with the same field readers as
 * generic extraction. A selection inside a program's part of the page belongs to that program; a
 * selection outside the page's content (a footer's phone number) belongs to every program on it.
 */
public final class HandRuleExtractor implements ProgramExtractor {
    public static final String NAME = "hand-rules";
    private static final double CONFIDENCE = 0.9;

    private final Readers readers;

    public HandRuleExtractor(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Page page, Candidate candidate, FieldSet fields) {
        for (Map.Entry<Field, List<Element>> hit : page.ruleHits().entrySet()) {
            List<Element> mine = hit.getValue().stream().filter(e -> belongs(e, page, candidate)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            String text = String.join(" ", mine.stream().map(Element::text).toList());
            Field field = hit.getKey();
            readers.read(field, text).ifPresent(value -> {
                String evidence = "rule: " + text;
                if (value instanceof java.util.Collection<?> list) {
                    fields.add(field, list, ExtractionMethod.RULE, CONFIDENCE, evidence);
                } else {
                    fields.put(field, value, ExtractionMethod.RULE, CONFIDENCE, evidence);
                }
            });
        }
    }

    private static boolean belongs(Element element, Page page, Candidate candidate) {
        if (candidate.scope().stream().anyMatch(s -> s == element || isWithin(element, s))) {
            return true;
        }
        return element != page.content() && !isWithin(element, page.content());
    }

    private static boolean isWithin(Element element, Element ancestor) {
        for (Element p = element; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
