package org.imhfinder.normalize.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-written expected listings of one corpus site: page path to the listings it should yield. */
record Expectations(String site, Map<String, List<JsonNode>> pages) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A held-out site: written after extraction was tuned, its expectations say so in their first line. */
    static boolean isHeldOut(String site) {
        return CorpusSites.read("corpus/expected/" + site + ".yml").map(t -> t.startsWith("# HELD OUT")).orElse(false);
    }

    static Expectations of(String site) {
        String text = CorpusSites.read("corpus/expected/" + site + ".yml")
                .orElseThrow(() -> new IllegalStateException("no expectations for " + site));
        try {
            JsonNode pagesNode = YAML.readTree(text).path("pages");
            Map<String, List<JsonNode>> pages = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = pagesNode.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> page = it.next();
                List<JsonNode> listings = new ArrayList<>();
                page.getValue().forEach(listings::add);
                pages.put(page.getKey(), listings);
            }
            return new Expectations(site, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
