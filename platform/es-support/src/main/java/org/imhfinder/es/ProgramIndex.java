package org.imhfinder.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.elasticsearch.indices.PutMappingRequest;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs index: a versioned template ({@code es/programs-template-v1.json}) and concrete
 * indices {@code imh-programs-v1-0001}, {@code -0002}... of which exactly one stands behind the
 * alias every search uses, and is its write index. A rebuild creates the next one and swaps the
 * alias to it in one atomic step, so a search always finds exactly one complete index.
 */
public final class ProgramIndex {
    public static final String TEMPLATE = "imh-programs-v1";
    /** Concrete indices of this mapping's major version are named this plus a four-digit number. */
    public static final String INDEX_PREFIX = "imh-programs-v1-";
    public static final String FIRST_INDEX = INDEX_PREFIX + "0001";
    private static final String TEMPLATE_RESOURCE = "/es/programs-template-v1.json";
    private static final Pattern VERSIONED = Pattern.compile(Pattern.quote(INDEX_PREFIX) + "(\\d{4,})");
    private static final Logger LOG = LoggerFactory.getLogger(ProgramIndex.class);

    private final ElasticsearchClient client;

    public ProgramIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Puts the template; creates the first index behind the alias when the alias points nowhere;
     * otherwise adds to the index behind the alias the fields the template gained since it was created.
     */
    public void ensure() throws IOException {
        putTemplate();
        Optional<String> current = writeIndex();
        if (current.isEmpty()) {
            createFirstIndex();
        } else {
            addNewFields(current.get());
        }
    }

    /** Puts the template, so every index created from now on gets the current mapping. */
    public void putTemplate() throws IOException {
        try (InputStream template = templateStream()) {
            client.indices().putIndexTemplate(PutIndexTemplateRequest.of(t -> t.name(TEMPLATE).withJson(template)));
        }
    }

    /** The concrete index the alias writes to, if the alias exists. */
    public Optional<String> writeIndex() throws IOException {
        Map<String, IndexAliases> byIndex;
        try {
            byIndex = client.indices().getAlias(a -> a.name(SearchIndex.PROGRAMS_ALIAS)).result();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        String only = null;
        for (Map.Entry<String, IndexAliases> entry : byIndex.entrySet()) {
            var alias = entry.getValue().aliases().get(SearchIndex.PROGRAMS_ALIAS);
            if (alias != null && Boolean.TRUE.equals(alias.isWriteIndex())) {
                return Optional.of(entry.getKey());
            }
            only = entry.getKey();
        }
        return byIndex.size() == 1 ? Optional.of(only) : Optional.empty();
    }

    /** The versioned indices that exist, oldest first. */
    public List<String> versions() throws IOException {
        List<String> names = new ArrayList<>(client.indices()
                .get(g -> g.index(INDEX_PREFIX + "*").allowNoIndices(true).ignoreUnavailable(true)).result().keySet());
        names.removeIf(name -> !VERSIONED.matcher(name).matches());
        names.sort((a, b) -> Long.compare(number(a), number(b)));
        return names;
    }

    /** The name the next version gets: one above the highest that exists. */
    public String nextVersion() throws IOException {
        List<String> existing = versions();
        long next = existing.isEmpty() ? 1 : number(existing.get(existing.size() - 1)) + 1;
        return INDEX_PREFIX + String.format("%04d", next);
    }

    /** Creates an index for a bulk load: not refreshed until {@link #finishBulkLoad(String)}. */
    public void createForBulkLoad(String index) throws IOException {
        client.indices().create(c -> c.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
    }

    /** Makes a bulk-loaded index refresh as usual again, and refreshes it now. */
    public void finishBulkLoad(String index) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(index));
    }

    /** Points the alias from {@code from} to {@code to} in one atomic step; {@code to} becomes the write index. */
    public void swapAlias(String from, String to) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(SearchIndex.PROGRAMS_ALIAS)))
                .actions(a -> a.add(ad -> ad.index(to).alias(SearchIndex.PROGRAMS_ALIAS).isWriteIndex(true))));
        LOG.info("alias {} moved from {} to {}", SearchIndex.PROGRAMS_ALIAS, from, to);
    }

    /** Puts the alias on {@code index} as its write index (when the alias points nowhere yet). */
    public void addAlias(String index) throws IOException {
        client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(index)
                .alias(SearchIndex.PROGRAMS_ALIAS).isWriteIndex(true))));
    }

    public void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    /** Creates the first index behind the alias; several indexer instances starting at once may race here. */
    private void createFirstIndex() throws IOException {
        try {
            client.indices().create(c -> c.index(FIRST_INDEX)
                    .aliases(SearchIndex.PROGRAMS_ALIAS, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (e.error() == null || !"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            addAlias(FIRST_INDEX); // created by another instance, or left without its alias: adding it again is harmless
        }
        LOG.info("index {} behind alias {}", FIRST_INDEX, SearchIndex.PROGRAMS_ALIAS);
    }

    /**
     * Adds the template's fields to an index created from an older template, one top-level field
     * at a time: a new field is added; a changed one (which only a rebuild can apply) is reported.
     */
    private void addNewFields(String index) throws IOException {
        JsonNode properties = template().path("template").path("mappings").path("properties");
        List<String> refused = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ObjectNode mapping = Json.mapper().createObjectNode();
            mapping.putObject("properties").set(field.getKey(), field.getValue());
            try {
                client.indices().putMapping(PutMappingRequest.of(p -> p.index(index)
                        .withJson(new StringReader(mapping.toString()))));
            } catch (ElasticsearchException e) {
                refused.add(field.getKey());
            }
        }
        if (!refused.isEmpty()) {
            LOG.warn("the mapping of {} differs from the template for {}; run 'imh reindex' to rebuild it", index, refused);
        }
    }

    private static JsonNode template() throws IOException {
        try (InputStream in = templateStream()) {
            return Json.mapper().readTree(in);
        }
    }

    private static InputStream templateStream() {
        InputStream in = ProgramIndex.class.getResourceAsStream(TEMPLATE_RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException(TEMPLATE_RESOURCE + " is missing"));
        }
        return in;
    }

    private static long number(String index) {
        Matcher m = VERSIONED.matcher(index);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
