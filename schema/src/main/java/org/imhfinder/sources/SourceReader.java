package org.imhfinder.sources;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.imhfinder.schema.ProviderType;
import org.jsoup.select.Evaluator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and checks one entry of the {@code sources} list. */
final class SourceReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Set<String> KEYS = Set.of("id", "name", "providerType", "region", "seeds", "allowedHosts",
            "schedule", "maxPages", "maxDepth", "include", "exclude", "extraction", "minInterval", "maxInterval");

    private final Node node;
    private final SourcesFile.Problems problems;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    SourceReader(Node node, SourcesFile.Problems problems) {
        this.node = node;
        this.problems = problems;
    }

    SourceDefinition read() {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "each source must be a mapping (id, name, providerType, seeds, ...)");
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = SourcesFile.scalar(tuple.getKeyNode());
            if (key == null) {
                problems.add(tuple.getKeyNode(), "a key of a source is a single word, not a list or mapping");
            } else if (KEYS.contains(key)) {
                fields.put(key, tuple.getValueNode());
            } else {
                problems.add(tuple.getKeyNode(), "unknown key '" + key + "' in a source (known: " + String.join(", ", sorted(KEYS)) + ")");
            }
        }
        String id = required("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(fields.get("id"), "id '" + id + "' must match [a-z0-9-]+");
        }
        String name = required("name");
        ProviderType type = providerType();
        List<URI> seeds = seeds();
        List<String> allowedHosts = allowedHosts(seeds);
        Schedule schedule = schedule();
        Duration minInterval = interval("minInterval");
        Duration maxInterval = interval("maxInterval");
        if (minInterval != null && maxInterval != null && minInterval.compareTo(maxInterval) > 0) {
            problems.add(fields.get("minInterval"), "minInterval " + minInterval + " is longer than maxInterval " + maxInterval);
        }
        return new SourceDefinition(id, name, type, region(), seeds, allowedHosts, schedule,
                positive("maxPages"), positive("maxDepth"), patterns("include"), patterns("exclude"),
                extraction(), minInterval, maxInterval, node.getStartMark().getLine() + 1);
    }

    /** A re-check bound: an ISO-8601 duration or period (PT12H, P1D, P4W) longer than zero. */
    private Duration interval(String key) {
        String text = optional(key);
        if (text == null) {
            return null;
        }
        text = text.trim();
        Duration value = null;
        try {
            value = Duration.parse(text);
        } catch (DateTimeParseException notDuration) {
            try {
                Period period = Period.parse(text);
                value = period.getYears() == 0 && period.getMonths() == 0 ? Duration.ofDays(period.getDays()) : null;
            } catch (DateTimeParseException e) {
                value = null;
            }
        }
        if (value == null || value.isZero() || value.isNegative()) {
            problems.add(fields.get(key), "'" + key + "' must be an ISO-8601 duration longer than zero (PT12H, P1D, P4W), got '" + text + "'");
            return null;
        }
        return value;
    }

    private String required(String key) {
        String value = optional(key);
        if (value == null || value.isBlank()) {
            problems.add(fields.getOrDefault(key, node), "'" + key + "' is required");
            return null;
        }
        return value.trim();
    }

    private String optional(String key) {
        Node value = fields.get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(value, "'" + key + "' must be a single value");
            return null;
        }
        return scalar.getValue();
    }

    private ProviderType providerType() {
        String text = required("providerType");
        if (text == null) {
            return null;
        }
        try {
            return ProviderType.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(fields.get("providerType"), "providerType '" + text + "' must be one of ASSOCIATION, UNIVERSITY, NONPROFIT, OTHER");
            return null;
        }
    }

    private String region() {
        String text = optional("region");
        if (text != null && !REGION.matcher(text).matches()) {
            problems.add(fields.get("region"), "region '" + text + "' must be a US state code such as MI");
        }
        return text;
    }

    private List<URI> seeds() {
        List<URI> seeds = new ArrayList<>();
        List<Node> items = list("seeds");
        if (items.isEmpty()) {
            problems.add(fields.getOrDefault("seeds", node), "'seeds' must list at least one URL");
        }
        for (Node item : items) {
            String text = SourcesFile.scalar(item);
            try {
                seeds.add(SourcesFile.parseSeed(text == null ? "" : text));
            } catch (IllegalArgumentException e) {
                problems.add(item, "seed '" + text + "' is " + e.getMessage());
            }
        }
        return seeds;
    }

    private List<String> allowedHosts(List<URI> seeds) {
        List<Node> items = list("allowedHosts");
        List<String> hosts = new ArrayList<>();
        for (Node item : items) {
            String text = SourcesFile.scalar(item);
            if (text == null || text.isBlank() || text.contains("/")) {
                problems.add(item, "allowedHosts entries are host or host:port, got '" + text + "'");
            } else {
                hosts.add(text.trim().toLowerCase(Locale.ROOT));
            }
        }
        if (items.isEmpty()) {
            seeds.stream().map(SourceDefinition::authorityOf).distinct().forEach(hosts::add);
        } else {
            for (URI seed : seeds) {
                if (!hosts.contains(SourceDefinition.authorityOf(seed))) {
                    problems.add(fields.get("allowedHosts"), "seed " + seed + " is outside allowedHosts");
                }
            }
        }
        return hosts;
    }

    private Schedule schedule() {
        String text = optional("schedule");
        if (text == null) {
            return null;
        }
        try {
            return Schedule.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(fields.get("schedule"), "schedule '" + text.trim() + "' " + e.getMessage());
            return null;
        }
    }

    private Integer positive(String key) {
        String text = optional(key);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(fields.get(key), "'" + key + "' must be a whole number above zero, got '" + text + "'");
        return null;
    }

    private List<Pattern> patterns(String key) {
        List<Pattern> patterns = new ArrayList<>();
        for (Node item : list(key)) {
            Pattern pattern = regex(item, key);
            if (pattern != null) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    private Pattern regex(Node item, String what) {
        String text = SourcesFile.scalar(item);
        if (text == null) {
            problems.add(item, what + " entries must be regular expressions");
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            problems.add(item, what + " '" + text + "' is not a valid regular expression: " + e.getDescription());
            return null;
        }
    }

    private List<ExtractionRule> extraction() {
        List<ExtractionRule> rules = new ArrayList<>();
        for (Node item : list("extraction")) {
            ExtractionRule rule = extractionRule(item);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private ExtractionRule extractionRule(Node item) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(item, "extraction rules are mappings with urlPattern and fields");
            return null;
        }
        Pattern pattern = null;
        Map<String, String> selectors = new LinkedHashMap<>();
        Map<String, Evaluator> compiled = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = SourcesFile.scalar(tuple.getKeyNode());
            if ("urlPattern".equals(key)) {
                pattern = regex(tuple.getValueNode(), "urlPattern");
            } else if ("fields".equals(key) && tuple.getValueNode() instanceof MappingNode fieldMap) {
                for (NodeTuple field : fieldMap.getValue()) {
                    String selector = SourcesFile.scalar(field.getValueNode());
                    if (SourcesFile.scalar(field.getKeyNode()) == null) {
                        problems.add(field.getKeyNode(), "a field of an extraction rule is named by a single word");
                    } else if (selector == null || selector.isBlank()) {
                        problems.add(field.getValueNode(), "field '" + SourcesFile.scalar(field.getKeyNode()) + "' needs a CSS selector");
                    } else {
                        compile(field, selector, compiled);
                        selectors.put(SourcesFile.scalar(field.getKeyNode()), selector);
                    }
                }
            } else {
                problems.add(tuple.getKeyNode(), "unknown key '" + key + "' in an extraction rule (urlPattern, fields)");
            }
        }
        if (pattern == null || selectors.isEmpty()) {
            problems.add(item, "an extraction rule needs a urlPattern and at least one field");
            return null;
        }
        return compiled.size() < selectors.size() ? null
                : new ExtractionRule(pattern, selectors, compiled, item.getStartMark().getLine() + 1);
    }

    /** Compiles a field's CSS selector (jsoup's own parser, as normalize applies it); a bad one is a problem at its line. */
    private void compile(NodeTuple field, String selector, Map<String, Evaluator> compiled) {
        String name = SourcesFile.scalar(field.getKeyNode());
        try {
            compiled.put(name, ExtractionRule.compile(selector));
        } catch (IllegalArgumentException e) {
            problems.add(field.getValueNode(), "field '" + name + "' has an invalid CSS selector '" + selector + "': " + e.getMessage());
        }
    }

    private List<Node> list(String key) {
        Node value = fields.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(value, "'" + key + "' must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode s && value.getTag().getValue().endsWith(":null");
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
