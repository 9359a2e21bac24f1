package org.imhfinder.sources;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a sources file (README, "Sources"). Every problem is collected
 * and reported together as {@code file:line: reason}; a file with any problem yields nothing,
 * so nothing starts half-configured.
 */
public final class SourcesFile {
    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private SourcesFile() {
    }

    /** Loads the file; throws {@link SourcesException} listing every problem. */
    public static List<SourceDefinition> load(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SourcesException(List.of(file + ": larger than " + MAX_FILE_BYTES + " bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourcesException(List.of(file + ": cannot read the sources file (" + describe(e) + ")"));
        }
        return parse(file.toString(), text);
    }

    /** Parses sources from text; {@code name} stands for the file in messages. */
    public static List<SourceDefinition> parse(String name, String text) {
        if (text.length() > MAX_FILE_BYTES) {
            throw new SourcesException(List.of(name + ": larger than " + MAX_FILE_BYTES + " characters"));
        }
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(YamlShape.MAX_ALIASES);
            options.setNestingDepthLimit(YamlShape.MAX_NESTING + 1);
            options.setCodePointLimit(MAX_FILE_BYTES);
            YamlShape.check(name, text, options);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new SourcesException(List.of(name + ":" + line + ": not valid YAML: " + e.getProblem()));
        } catch (SourcesException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SourcesException(List.of(name + ": not valid YAML: " + e.getMessage()));
        }
        Problems problems = new Problems(name);
        List<SourceDefinition> sources = readRoot(root, problems);
        problems.throwIfAny();
        return sources;
    }

    private static List<SourceDefinition> readRoot(Node root, Problems problems) {
        if (!(root instanceof MappingNode mapping)) {
            problems.add(root, "expected a mapping with a 'sources' list");
            return List.of();
        }
        Node list = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if ("sources".equals(key)) {
                list = tuple.getValueNode();
            } else {
                problems.add(tuple.getKeyNode(), "unknown key '" + key + "' (expected 'sources')");
            }
        }
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(list == null ? root : list, "'sources' must be a non-empty list");
            return List.of();
        }
        List<SourceDefinition> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            SourceDefinition source = new SourceReader(item, problems).read();
            if (source != null && !ids.add(source.id())) {
                problems.add(item, "duplicate source id '" + source.id() + "'");
            }
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Collects problems with their file and line. */
    static final class Problems {
        private final String file;
        private final List<String> list = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void add(Node node, String reason) {
            int line = node == null ? 1 : node.getStartMark().getLine() + 1;
            list.add(file + ":" + line + ": " + reason);
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new SourcesException(list);
            }
        }
    }

    static URI parseSeed(String text) {
        URI uri = URI.create(text.trim());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host");
        }
        return uri;
    }
}
