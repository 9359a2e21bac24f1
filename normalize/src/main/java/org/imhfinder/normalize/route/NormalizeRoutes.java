package org.imhfinder.normalize.route;

import java.time.Clock;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;

/**
 * Page events in ({@code imh.pages.v1}); listings ({@code imh.programs.v1}), then the pages' outcomes
 * ({@code imh.page-outcomes.v1}) with PDFs' text ({@code imh.documents.v1}) out, a lane's pages in rounds (see
 * {@link NormalizePolledPages}): a round's listings are acknowledged before its outcomes are sent, and its offsets are
 * committed (without waiting for the commit) after all are acknowledged. Pages that waited for a document a round
 * brought are normalized again and published the same way. A record that cannot be read, is of another schema
 * version, is larger than a page event can be, is past a bound of its reading, or yields an invalid listing goes to
 * the dead-letter topic and the route goes on; so does an unusable record of {@code imh.documents.v1}. A failure that
 * escapes that (the lane then takes the records again) or a process that dies on them counts as an attempt at them;
 * after {@code maxAttempts} a record is dead-lettered too (see {@link Attempts}).
 */
public final class NormalizeRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "normalize-pages";
    public static final String PUBLISH_ROUTE_ID = "normalize-publish";
    public static final String AGAIN_ROUTE_ID = "normalize-again";
    public static final String DEAD_LETTER_ROUTE_ID = "normalize-dead-letter";
    /** Where a page event that waited for a document is sent to be normalized again. */
    public static final String AGAIN = "direct:normalize-again";
    /**
     * Where a record that cannot be used (of {@code imh.pages.v1} or {@code imh.documents.v1}) is sent, with the Kafka
     * headers of where it came from, its value as the body and the failure in {@code Exchange.EXCEPTION_CAUGHT}, to be
     * dead-lettered.
     */
    public static final String DEAD_LETTER = "direct:normalize-dead-letter";
    /** Where normalized pages (a list in {@link NormalizePage#RESULTS}) are sent to be published. */
    static final String PUBLISH = "direct:normalize-publish";
    /**
     * A send here is a list of records, each with its own topic and key, sent together and awaited once before the
     * route goes on (offsets are committed only once their outputs are acknowledged), so a linger would only add to
     * each round's time.
     */
    private static final String BATCH = "?lingerMs=0&batchWithIndividualHeaders=true";
    /**
     * The pages consumer hands a lane's records over as a list, at most a poll's worth (Camel's batching consumer):
     * the records of a poll are handed over when the next poll returns, so a short poll keeps a quiet lane's pages from
     * waiting.
     */
    private static final String POLLED = "&batching=true&maxPollRecords=100&batchingIntervalMs=1&pollTimeoutMs=50";

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
    public void configure() throws Exception {
        ProducerTemplate template = getContext().createProducerTemplate();
        getContext().addService(template); // stopped with the context

        // Several consumers in the group, each on its own thread with its own partitions: a round's wait for Kafka (its
        // outputs acknowledged) overlaps another lane's reading, and a partition, so a key, stays in one lane, in order.
        // Each lane commits its own partitions' offsets, as separate instances do.
        from("kafka:" + Topics.PAGES + "?groupId=" + ConsumerGroups.NORMALIZE + "&consumersCount=" + consumers + POLLED)
                .routeId(ROUTE_ID).autoStartup(startPages)
                .process(new NormalizePolledPages(attempts, new RecordSizeLimit(maxPageEventBytes), new NormalizePage(normalizer),
                        template, metrics));

        from(DEAD_LETTER).routeId(DEAD_LETTER_ROUTE_ID)
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
