package org.imhfinder.searchapi.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * How people phrase a search apart from what they search for ({@value #RESOURCE}): request phrasing
 * ("how do I get", "requirements for") and function words ("in", "someone", "programs") that never
 * decide a match, generic words ("training", "course") that only rank, and a few query words read as
 * others ("endorsed" is "endorsement"). Words are compared in lower case.
 */
public record QueryPhrasing(List<List<String>> requests, Set<String> function, Set<String> generic,
                            Map<String, String> synonyms) {
    static final String RESOURCE = "searchapi/query/query-phrasing.yml";
    private static volatile QueryPhrasing standard;

    public QueryPhrasing {
        requests = List.copyOf(requests);
        function = Set.copyOf(function);
        generic = Set.copyOf(generic);
        synonyms = Map.copyOf(synonyms);
    }

    /** The phrasing of {@value #RESOURCE}, loaded once. */
    public static QueryPhrasing standard() {
        if (standard == null) {
            synchronized (QueryPhrasing.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    private static QueryPhrasing load() {
        try (InputStream in = QueryPhrasing.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> root = new Yaml(new LoaderOptions()).load(in);
            List<List<String>> requests = new ArrayList<>();
            for (Object phrase : (List<?>) root.get("request")) {
                requests.add(List.of(phrase.toString().toLowerCase(Locale.ROOT).split("\\s+")));
            }
            requests.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()); // longest first
            Map<String, String> synonyms = new LinkedHashMap<>();
            ((Map<?, ?>) root.get("synonyms")).forEach((k, v) -> synonyms.put(k.toString(), v.toString()));
            return new QueryPhrasing(requests, words(root.get("function")), words(root.get("generic")), synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<String> words(Object list) {
        return Set.copyOf(((List<?>) list).stream().map(w -> w.toString().toLowerCase(Locale.ROOT)).toList());
    }
}
