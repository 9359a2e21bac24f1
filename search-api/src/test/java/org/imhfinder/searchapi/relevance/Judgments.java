package org.imhfinder.searchapi.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The graded queries of {@code relevance/queries.yml}: each query with its rules, [site, name,
 * grade] patterns over the corpus's expected programs (see the file's header).
 */
final class Judgments {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Rule(Pattern site, Pattern name, int grade) {
        boolean matches(String siteId, String programName) {
            return site.matcher(siteId).matches() && name.matcher(programName).matches();
        }
    }

    record Query(String q, String kind, List<Rule> rules) {
        /** The grade of an expected program for this query: the highest of the rules it matches, else 0. */
        int grade(String site, String name) {
            return rules.stream().filter(r -> r.matches(site, name)).mapToInt(Rule::grade).max().orElse(0);
        }
    }

    private Judgments() {
    }

    static List<Query> load() {
        try (InputStream in = Judgments.class.getClassLoader().getResourceAsStream("relevance/queries.yml")) {
            List<Query> queries = new ArrayList<>();
            for (JsonNode query : YAML.readTree(in).path("queries")) {
                List<Rule> rules = new ArrayList<>();
                for (JsonNode rule : query.path("relevant")) {
                    rules.add(new Rule(glob(rule.get(0).asText()), glob(rule.get(1).asText()), rule.get(2).asInt()));
                }
                queries.add(new Query(query.path("q").asText(), query.path("kind").asText(), rules));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pattern where {@code *} is any text, matched whole and without regard to case. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 0 || pattern.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part.toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile(regex.toString().replace("\\Q\\E", ""), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
