package org.imhfinder.production.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;

/** deploy/compose/compose.yaml, merge keys resolved, with its services' environments. */
final class ComposeFile {
    static final String PATH = "deploy/compose/compose.yaml";

    private ComposeFile() {
    }

    static JsonNode read() {
        return YamlDocuments.readOne(Repository.file(PATH));
    }

    /** Problems against the hand-written schema of the Compose subset this project uses. */
    static Set<ValidationMessage> validate(JsonNode compose) {
        try (InputStream in = ComposeFile.class.getResourceAsStream("/schemas/compose-subset.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(compose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's environment as text, whether written as a map or as a list of NAME=value. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : null);
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        }
        return env;
    }
}
