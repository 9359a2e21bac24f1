package org.imhfinder.sources;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An operator's hand rule: on pages whose URL path matches {@code urlPattern}, take each field
 * from the text of the element a CSS selector finds.
 */
public record ExtractionRule(Pattern urlPattern, Map<String, String> fields) {
    public ExtractionRule {
        fields = Map.copyOf(fields);
    }

    public boolean appliesTo(String path) {
        return urlPattern.matcher(path).matches();
    }
}
