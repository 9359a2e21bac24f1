package org.imhfinder.production.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.List;
import java.util.Map;

/**
 * Reads a Kubernetes object into its typed model (fabric8 for Kubernetes' own kinds, Strimzi's
 * for Kafka's), refusing unknown kinds, ill-typed values and unknown fields. ECK's Elasticsearch
 * has no Java model: {@link EckElasticsearch} checks it against a schema of its own.
 */
public final class KubernetesModels {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Every kind deploy/k8s may use, by apiVersion and kind. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry(EckElasticsearch.API_VERSION + "/" + EckElasticsearch.KIND, EckElasticsearch.class));

    private KubernetesModels() {
    }

    /** The typed model of an object, or an exception saying what is wrong with it. */
    public static Object read(JsonNode object) {
        String type = typeOf(object);
        Class<?> model = KINDS.get(type);
        if (model == null) {
            throw new InvalidManifestException("unknown apiVersion/kind " + type + "; known: " + KINDS.keySet());
        }
        if (model == EckElasticsearch.class) {
            return EckElasticsearch.read(object);
        }
        return read(object, model);
    }

    /** {@link #read(JsonNode)}, with where the object came from in any failure's message. */
    public static Object read(String where, JsonNode object) {
        try {
            return read(object);
        } catch (InvalidManifestException e) {
            throw new InvalidManifestException(where + ": " + e.getMessage(), e);
        }
    }

    /** Reads a tree into a model class and refuses any field the model does not know. */
    public static <T> T read(JsonNode tree, Class<T> model) {
        T value;
        try {
            value = MAPPER.treeToValue(tree, model);
        } catch (Exception e) {
            throw new InvalidManifestException("not a valid " + model.getSimpleName() + ": " + e.getMessage(), e);
        }
        List<String> unknown = UnknownFields.in(value);
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException("fields unknown to " + model.getSimpleName() + ": " + unknown);
        }
        return value;
    }

    static String typeOf(JsonNode object) {
        return object.path("apiVersion").asText("?") + "/" + object.path("kind").asText("?");
    }

    /** A manifest that does not read as the kind it claims to be. */
    public static final class InvalidManifestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidManifestException(String message) {
            super(message);
        }

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
