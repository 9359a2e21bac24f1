package org.imhfinder.sources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * An operator's hand rule: on pages whose URL path matches {@code urlPattern}, take each field
 * from the text of the element a CSS selector finds. {@code fields} holds each field's selector as
 * written, {@code selectors} the same selectors compiled (jsoup), so a bad one is refused when the
 * sources file is read, not when a page first needs it. {@code line} is where the rule starts in its
 * sources file (0 when unknown), for messages.
 */
public record ExtractionRule(Pattern urlPattern, Map<String, String> fields, Map<String, Evaluator> selectors, int line) {
    public ExtractionRule {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        selectors = Collections.unmodifiableMap(new LinkedHashMap<>(selectors));
    }

    /** A rule whose selectors are compiled here; throws {@link IllegalArgumentException} for one that is not CSS. */
    public ExtractionRule(Pattern urlPattern, Map<String, String> fields) {
        this(urlPattern, fields, compileAll(fields), 0);
    }

    public boolean appliesTo(String path) {
        return urlPattern.matcher(path).matches();
    }

    /** Compiles one CSS selector; throws {@link IllegalArgumentException} with jsoup's reason when it is not one. */
    public static Evaluator compile(String selector) {
        try {
            return QueryParser.parse(selector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Map<String, Evaluator> compileAll(Map<String, String> fields) {
        Map<String, Evaluator> compiled = new LinkedHashMap<>();
        fields.forEach((name, selector) -> compiled.put(name, compile(selector)));
        return compiled;
    }
}
