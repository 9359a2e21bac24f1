package org.imhfinder.normalize.route;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.CommitOffset;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;

/**
 * Page events in ({@code imh.pages.v1}); listings ({@code imh.programs.v1}), then the page's
 * outcome ({@code imh.page-outcomes.v1}), then a PDF's text ({@code imh.documents.v1}) out; the
 * offset is committed (without waiting for the commit) after all are acknowledged. Pages that waited for a document this event brought
 * are normalized again and published the same way. A record that cannot be read, is of another
 * schema version, is larger than a page event can be, is past a bound of its reading, or yields an
 * invalid listing goes to the dead-letter topic and the route goes on; so does an unusable record of
 * {@code imh.documents.v1}. A failure that escapes that (the consumer then delivers the record again)
 * or a process that dies on the record counts as an attempt at it; after {@code maxAttempts} the
 * record is dead-lettered too (see {@link Attempts}).
 */
public final class NormalizeRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "normalize-pages";
    public static final String PUBLISH_ROUTE_ID = "normalize-publish";
    public static final String AGAIN_ROUTE_ID = "normalize-again";
    public static final String DOCUMENT_DEAD_LETTER_ROUTE_ID = "normalize-document-dead-letter";
    /** Where a page event that waited for a document is sent to be normalized again. */
    public static final String AGAIN = "direct:normalize-again";
    /**
     * Where a document record that cannot be used is sent, with the Kafka headers of where it came
     * from and the failure in {@code Exchange.EXCEPTION_CAUGHT}, to be dead-lettered.
     */
    public static final String DOCUMENT_DEAD_LETTER = "direct:normalize-document-dead-letter";
    private static final String PUBLISH = "direct:normalize-publish";
    /**
     * A send here is a list of records, each with its own topic and key, sent together and awaited once before the
     * route goes on (the offset is committed only once its outputs are acknowledged), so a linger would only add to
     * each page's time: the lanes' sends are batched by the ones in flight instead.
     */
    private static final String BATCH = "?lingerMs=0&batchWithIndividualHeaders=true";

    private final PageNormalizer normalizer;
    private final NormalizeMetrics metrics;
    private final Clock clock;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final boolean startPages;
    private final long maxPageEventBytes;
    private final Attempts attempts;
    private final int consumers;

    /** {@code consumers}: Kafka consumers of the pages topic, each a lane of its own (see {@code IMH_NORMALIZE_CONSUMERS}). */
    public NormalizeRoutes(PageNormalizer normalizer, NormalizeMetrics metrics, io.micrometer.core.instrument.MeterRegistry meters,
                           Clock clock, boolean startPages, long maxPageEventBytes, int maxAttempts, int consumers) {
        this.normalizer = normalizer;
        this.metrics = metrics;
        this.meters = meters;
        this.clock = clock;
        this.startPages = startPages;
        this.maxPageEventBytes = maxPageEventBytes;
        this.attempts = new Attempts(maxAttempts);
        this.consumers = consumers;
    }

    @Override
    public void configure() {
        // not handled: the exchange still fails (the record is delivered again), its cause remembered for its next attempt
        onException(Exception.class)
                .handled(false)
                .process(new FailedAttempt(attempts));

        onException(InvalidRecordException.class, IllegalArgumentException.class)
                .handled(true)
                .useOriginalMessage()
                .process(new CountDeadLetter(metrics))
                .process(new ToDeadLetter(StageNames.NORMALIZE, meters, clock))
                .to(DeadLetterRoutes.ENDPOINT)
                .process(new CommitOffset());

        // Several consumers in the group, each on its own thread with its own partitions: a page's wait for Kafka (its
        // outputs acknowledged, its offset committed) overlaps another lane's reading, and a partition, so a key, stays in
        // one lane, in order. Each lane commits its own partitions' offsets, as separate instances do.
        from("kafka:" + Topics.PAGES + "?groupId=" + ConsumerGroups.NORMALIZE + "&consumersCount=" + consumers)
                .routeId(ROUTE_ID).autoStartup(startPages)
                .process(new StartAttempt(attempts))
                .process(new RecordSizeLimit(maxPageEventBytes))
                .process(new NormalizePage(normalizer))
                .to(PUBLISH)
                .process(new CommitDone());

        from(DOCUMENT_DEAD_LETTER).routeId(DOCUMENT_DEAD_LETTER_ROUTE_ID)
                .process(new CountDeadLetter(metrics))
                .process(new ToDeadLetter(StageNames.NORMALIZE, meters, clock))
                .to(DeadLetterRoutes.ENDPOINT);

        from(AGAIN).routeId(AGAIN_ROUTE_ID)
                .process(new NormalizeAgain(normalizer, metrics))
                .to(PUBLISH);

        from(PUBLISH).routeId(PUBLISH_ROUTE_ID)
                .process(new OutputBatch(OutputBatch.Part.LISTINGS))
                .filter(OutputBatch::any)
                    .to("kafka:" + Topics.PROGRAMS + BATCH)
                .end()
                .process(new OutputBatch(OutputBatch.Part.OUTCOME_AND_DOCUMENT))
                .filter(OutputBatch::any)
                    .to("kafka:" + Topics.PAGE_OUTCOMES + BATCH)
                .end()
                .process(new Publishing())
                .split(body())
                    .to(AGAIN)
                .end();
    }
}
