package org.imhfinder.sources;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An operator's hand rule: on pages whose URL path matches {@code urlPattern}, take each field
 * from the text of the element a CSS selector finds. {@code line} is where the rule starts in
 * its sources file (0 when unknown), so a stage that checks the selectors can say where a bad one is.
 */
public record ExtractionRule(Pattern urlPattern, Map<String, String> fields, int line) {
    public ExtractionRule {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public ExtractionRule(Pattern urlPattern, Map<String, String> fields) {
        this(urlPattern, fields, 0);
    }

    public boolean appliesTo(String path) {
        return urlPattern.matcher(path).matches();
    }
}
