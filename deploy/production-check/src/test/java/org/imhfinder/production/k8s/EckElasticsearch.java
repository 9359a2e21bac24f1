package org.imhfinder.production.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ECK's Elasticsearch resource, which has no Java model: its own fields are checked against a
 * hand-written schema ({@code schemas/eck-elasticsearch-v1.schema.json}, unknown fields refused),
 * and the Kubernetes parts it embeds (metadata, each node set's pod template and volume claims)
 * against fabric8's typed models.
 *
 * @param name      metadata.name
 * @param version   spec.version
 * @param image     spec.image, or null
 * @param nodeSets  each node set's name, count and configuration
 * @param tree      the whole object, for further checks
 */
public record EckElasticsearch(String name, String version, String image, List<NodeSet> nodeSets, JsonNode tree) {
    static final String API_VERSION = "elasticsearch.k8s.elastic.co/v1";
    static final String KIND = "Elasticsearch";
    private static final JsonSchema SCHEMA = loadSchema();

    /** One node set: its name, how many nodes, its elasticsearch.yml settings and its pod template. */
    public record NodeSet(String name, int count, JsonNode config, PodTemplateSpec podTemplate) {
    }

    static EckElasticsearch read(JsonNode object) {
        Set<ValidationMessage> problems = SCHEMA.validate(object);
        if (!problems.isEmpty()) {
            throw new KubernetesModels.InvalidManifestException("not a valid ECK Elasticsearch: " + problems);
        }
        ObjectMeta metadata = KubernetesModels.read(object.path("metadata"), ObjectMeta.class);
        List<NodeSet> nodeSets = new ArrayList<>();
        for (JsonNode nodeSet : object.path("spec").path("nodeSets")) {
            PodTemplateSpec template = nodeSet.has("podTemplate")
                    ? KubernetesModels.read(nodeSet.path("podTemplate"), PodTemplateSpec.class) : null;
            for (JsonNode claim : nodeSet.path("volumeClaimTemplates")) {
                KubernetesModels.read(claim, PersistentVolumeClaim.class);
            }
            nodeSets.add(new NodeSet(nodeSet.path("name").asText(), nodeSet.path("count").asInt(),
                    nodeSet.path("config"), template));
        }
        JsonNode spec = object.path("spec");
        return new EckElasticsearch(metadata.getName(), spec.path("version").asText(),
                spec.hasNonNull("image") ? spec.path("image").asText() : null, List.copyOf(nodeSets), object);
    }

    /** The Service ECK creates for HTTP clients: {@code NAME-es-http}, port 9200. */
    public String httpServiceName() {
        return name + "-es-http";
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = EckElasticsearch.class.getResourceAsStream("/schemas/eck-elasticsearch-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
