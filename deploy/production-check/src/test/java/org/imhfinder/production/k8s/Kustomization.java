package org.imhfinder.production.k8s;

import java.util.List;
import java.util.Map;

/**
 * The part of kustomize's Kustomization that deploy/k8s uses. Read with unknown fields refused,
 * so a misspelt field ({@code resource:}) fails the build instead of being ignored.
 */
record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
                     List<Generator> configMapGenerator, List<Generator> secretGenerator,
                     List<Image> images, List<Patch> patches) {
    static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

    Kustomization {
        resources = resources == null ? List.of() : resources;
        configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
        secretGenerator = secretGenerator == null ? List.of() : secretGenerator;
        images = images == null ? List.of() : images;
        patches = patches == null ? List.of() : patches;
    }

    /** A ConfigMap or Secret made from files ({@code key=path} or {@code path}) or literals ({@code key=value}). */
    record Generator(String name, List<String> files, List<String> literals, String behavior, Map<String, Object> options) {
        Generator {
            files = files == null ? List.of() : files;
            literals = literals == null ? List.of() : literals;
        }
    }

    /** Sets the registry/name and tag of every container image named {@code name}. */
    record Image(String name, String newName, String newTag, String digest) {
    }

    /** A strategic-merge patch (a partial object) or a JSON 6902 patch (a list of operations), in a file or inline. */
    record Patch(String path, String patch, Target target) {
    }

    /** Which objects a patch applies to. */
    record Target(String group, String version, String kind, String name, String namespace) {
    }
}
