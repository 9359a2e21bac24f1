package org.imhfinder.indexer.sweep;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The freshness sweep on a timer ({@code IMH_FRESHNESS_SWEEP_INTERVAL}): rewrites the listings
 * time has changed, then counts listings by status. Elasticsearch being away skips a round.
 */
public final class FreshnessSweepRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "freshness-sweep";

    private final FreshnessSweep sweep;
    private final ListingCensus census;
    private final Duration interval;

    public FreshnessSweepRoutes(FreshnessSweep sweep, ListingCensus census, Duration interval) {
        this.sweep = sweep;
        this.census = census;
        this.interval = interval;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "freshness sweep skipped: ${exception.message}");

        long millis = Math.max(1, interval.toMillis());
        from("timer:imh-freshness-sweep?period=" + millis + "&delay=" + millis).routeId(ROUTE_ID)
                .process(this::sweepAndCount);
    }

    private void sweepAndCount(Exchange exchange) throws Exception {
        exchange.getMessage().setBody(sweep.sweep());
        census.count();
    }
}
