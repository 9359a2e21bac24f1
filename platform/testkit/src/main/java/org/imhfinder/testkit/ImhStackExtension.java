package org.imhfinder.testkit;

import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Kafka and one Elasticsearch for the whole test run, the first time a test asks for
 * a {@link TestStack}, and stops them when the run ends. Every test class of the JVM shares them.
 * By default both run as local processes ({@code platform/local-stack}); with
 * {@code IMH_TEST_DOCKER=true} they run in containers through Testcontainers. Either way tests
 * get the same two endpoints.
 */
public final class ImhStackExtension implements ParameterResolver {
    private static final String KEY = ImhStackExtension.class.getName();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == TestStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return stack(extension);
    }

    /** The run's stack, started on first use. */
    public static TestStack stack(ExtensionContext extension) {
        ExtensionContext.Store store = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent(KEY, key -> start(), TestStack.class);
    }

    private static TestStack start() {
        boolean docker = Settings.fromEnvironment().get(ConfigKeys.TEST_DOCKER);
        try {
            return docker ? DockerStack.start() : ProcessStack.start();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot start the test stack: " + e.getMessage(), e);
        }
    }
}
