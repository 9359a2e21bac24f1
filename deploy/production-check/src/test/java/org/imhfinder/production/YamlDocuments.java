package org.imhfinder.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads YAML files, every document of a multi-document file, as JSON trees. SnakeYAML resolves
 * anchors, aliases and merge keys ({@code <<: *stage}) as Compose and kubectl do.
 */
public final class YamlDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private YamlDocuments() {
    }

    /** One document of a file: where it is (file and 1-based position) and its content. */
    public record Document(Path file, int index, JsonNode tree) {
        public String where() {
            return Repository.relative(file) + " (document " + index + ")";
        }
    }

    /** The non-empty documents of a YAML file, in order. */
    public static List<Document> read(Path file) {
        List<Document> documents = new ArrayList<>();
        int index = 0;
        for (Object document : yaml().loadAll(Repository.read(file))) {
            index++;
            if (document != null) {
                documents.add(new Document(file, index, JSON.valueToTree(document)));
            }
        }
        return documents;
    }

    /** The first document of a YAML text (for tests that build a manifest inline). */
    public static JsonNode parse(String yaml) {
        return JSON.valueToTree(yaml().load(yaml));
    }

    /** The single document of a YAML file. */
    public static JsonNode readOne(Path file) {
        List<Document> documents = read(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(Repository.relative(file) + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0).tree();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
