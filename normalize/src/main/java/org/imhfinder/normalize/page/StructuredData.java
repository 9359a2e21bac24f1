package org.imhfinder.normalize.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imhfinder.schema.ExtractionMethod;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org items from a page: JSON-LD scripts (with {@code @graph} and arrays, tolerating
 * comments and trailing commas) and microdata ({@code itemscope}/{@code itemprop}), both into the
 * same JSON shape. Broken JSON-LD is skipped, never fatal: the page still has its text. So is
 * JSON-LD past the bounds kept on it (a script over {@value #MAX_SCRIPT_CHARS} characters or nested
 * over {@value #MAX_NESTING} deep); a page yields at most {@value #MAX_ITEMS} items.
 */
public final class StructuredData {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SCHEMA_PREFIX = java.util.regex.Pattern.compile("^schema:");
    static final int MAX_SCRIPT_CHARS = 1024 * 1024;
    /** schema.org data nests a few levels (graph, item, offer, place, address); {@code collect} recurses this deep at most. */
    static final int MAX_NESTING = 64;
    static final int MAX_ITEMS = 500;
    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxDocumentLength(MAX_SCRIPT_CHARS).maxStringLength(MAX_SCRIPT_CHARS).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final String SCHEMA_ORG = "schema.org/";

    private StructuredData() {
    }

    /** Every top-level item of the page, JSON-LD first. */
    public static List<StructuredItem> read(Document document) {
        List<StructuredItem> items = new ArrayList<>();
        for (Element script : document.select(Css.of("script[type=application/ld+json]"))) {
            jsonLd(script.data(), items);
        }
        for (Element scope : document.select(Css.of("[itemscope][itemtype]"))) {
            if (scope.parents().stream().noneMatch(p -> p.hasAttr("itemscope") && p.hasAttr("itemtype")
                    && !isArticle(p))) {
                items.add(new StructuredItem(types(scope.attr("itemtype")), microdata(scope), ExtractionMethod.MICRODATA));
            }
        }
        return items.size() <= MAX_ITEMS ? items : List.copyOf(items.subList(0, MAX_ITEMS));
    }

    private static void jsonLd(String json, List<StructuredItem> items) {
        JsonNode root;
        if (json.length() > MAX_SCRIPT_CHARS || items.size() >= MAX_ITEMS) {
            return;
        }
        try {
            root = LENIENT.readTree(json.trim());
        } catch (IOException e) { // broken, or past the constraints (StreamConstraintsException)
            return;
        }
        collect(root, items);
    }

    private static void collect(JsonNode node, List<StructuredItem> items) {
        if (node == null || items.size() >= MAX_ITEMS) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, items));
        } else if (node.isObject()) {
            if (node.has("@graph")) {
                collect(node.get("@graph"), items);
            }
            Set<String> types = new LinkedHashSet<>();
            JsonNode type = node.get("@type");
            if (type != null) {
                if (type.isArray()) {
                    type.forEach(t -> types.add(simpleType(t.asText())));
                } else {
                    types.add(simpleType(type.asText()));
                }
            }
            if (!types.isEmpty()) {
                items.add(new StructuredItem(types, node, ExtractionMethod.JSON_LD));
            }
        }
    }

    /** A microdata item as JSON: each itemprop a property, nested itemscopes nested objects, repeated props arrays. */
    static ObjectNode microdata(Element scope) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.set("@type", JsonNodeFactory.instance.textNode(String.join(" ", types(scope.attr("itemtype")))));
        for (Element prop : properties(scope)) {
            JsonNode value = prop.hasAttr("itemscope") ? microdata(prop) : JsonNodeFactory.instance.textNode(value(prop));
            for (String name : SPACES.split(prop.attr("itemprop").trim())) {
                add(object, name, value);
            }
        }
        return object;
    }

    /** The itemprops that belong to this scope: not those inside a nested itemscope. */
    private static List<Element> properties(Element scope) {
        List<Element> props = new ArrayList<>();
        for (Element prop : scope.select(Css.of("[itemprop]"))) {
            Element owner = prop.parent();
            while (owner != null && owner != scope && !owner.hasAttr("itemscope")) {
                owner = owner.parent();
            }
            if (owner == scope) {
                props.add(prop);
            }
        }
        return props;
    }

    private static void add(ObjectNode object, String name, JsonNode value) {
        JsonNode existing = object.get(name);
        if (existing == null) {
            object.set(name, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            ArrayNode array = object.putArray(name);
            array.add(existing);
            array.add(value);
        }
    }

    private static String value(Element prop) {
        for (String attribute : List.of("content", "datetime", "href", "src", "value")) {
            if (prop.hasAttr(attribute) && !(attribute.equals("href") && prop.tagName().equals("meta"))) {
                return attribute.equals("href") || attribute.equals("src") ? prop.absUrl(attribute) : prop.attr(attribute);
            }
        }
        return prop.text();
    }

    private static Set<String> types(String itemtype) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : SPACES.split(itemtype.trim())) {
            if (!type.isEmpty()) {
                types.add(simpleType(type));
            }
        }
        return types;
    }

    private static String simpleType(String type) {
        int at = type.indexOf(SCHEMA_ORG);
        String simple = at >= 0 ? type.substring(at + SCHEMA_ORG.length()) : type;
        return SCHEMA_PREFIX.matcher(simple).replaceFirst("");
    }

    /** Joomla wraps every page in an Article item; items inside it are still top-level for our purpose. */
    private static boolean isArticle(Element element) {
        return types(element.attr("itemtype")).contains("Article");
    }
}
