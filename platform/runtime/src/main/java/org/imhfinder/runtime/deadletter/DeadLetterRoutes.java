package org.imhfinder.runtime.deadletter;

import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.schema.Topics;

/**
 * The one way to {@code imh.dlq.v1}: routes send a {@link org.imhfinder.schema.DeadLetter}
 * (made by {@link ToDeadLetter}) to {@link #ENDPOINT}; it is written keyed by the original key.
 */
public final class DeadLetterRoutes extends RouteBuilder {
    public static final String ENDPOINT = "direct:imh-dead-letter";
    public static final String ROUTE_ID = "dead-letter";

    @Override
    public void configure() {
        from(ENDPOINT).routeId(ROUTE_ID)
                .to("kafka:" + Topics.DLQ);
    }
}
