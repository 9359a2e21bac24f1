package org.imhfinder.normalize.route;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.CommitOffset;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;

/**
 * Page events in ({@code imh.pages.v1}), listings ({@code imh.programs.v1}) and the page's
 * outcome ({@code imh.page-outcomes.v1}) out; the offset is committed after both are written.
 * A record that cannot be read or normalized goes to the dead-letter topic and the route goes on.
 */
public final class NormalizeRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "normalize-pages";

    private final PageNormalizer normalizer;
    private final MeterRegistry meters;
    private final Clock clock;

    public NormalizeRoutes(PageNormalizer normalizer, MeterRegistry meters, Clock clock) {
        this.normalizer = normalizer;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configure() {
        onException(InvalidRecordException.class, IllegalArgumentException.class)
                .handled(true)
                .useOriginalMessage()
                .process(new ToDeadLetter(StageNames.NORMALIZE, meters, clock))
                .to(DeadLetterRoutes.ENDPOINT)
                .process(new CommitOffset());

        from("kafka:" + Topics.PAGES + "?groupId=" + ConsumerGroups.NORMALIZE).routeId(ROUTE_ID)
                .process(new NormalizePage(normalizer))
                .split(body()).stopOnException()
                    .process(new ListingRecord())
                    .to("kafka:" + Topics.PROGRAMS)
                .end()
                .process(new OutcomeRecord())
                .to("kafka:" + Topics.PAGE_OUTCOMES)
                .process(new CommitOffset());
    }
}
