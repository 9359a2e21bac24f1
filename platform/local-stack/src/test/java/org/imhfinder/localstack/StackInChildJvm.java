package org.imhfinder.localstack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A launcher to kill: starts the local stack on a data folder and ports, prints {@code READY} and
 * waits, as {@code ./imh up} does, with no shutdown hook of its own to stop the servers.
 * Arguments: data folder, Kafka port, Elasticsearch port.
 */
public final class StackInChildJvm {
    private StackInChildJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack = LocalStack.start(new LocalStack.Options(StackDistribution.locate(null), Path.of(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), "256m", Duration.ofSeconds(150), false));
        System.out.println("READY " + stack.kafkaBootstrap() + " " + stack.elasticsearchUrl());
        System.out.flush();
        Thread.currentThread().join(); // until the test kills this process
    }
}
