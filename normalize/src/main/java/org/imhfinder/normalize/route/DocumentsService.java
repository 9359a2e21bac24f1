package org.imhfinder.normalize.route;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link DocumentTextReader} as long as Camel runs, and starts the pages route once the
 * documents known at start are loaded (or after {@code catchUp}, whichever comes first).
 */
public final class DocumentsService extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentsService.class);

    private final CamelContext camel;
    private final String pagesRoute;
    private final String againEndpoint;
    private final String deadLetterEndpoint;
    private final Duration catchUp;
    private final DocumentTextReader reader;
    private volatile ProducerTemplate producer;

    public DocumentsService(CamelContext camel, String bootstrap, PageNormalizer normalizer, String pagesRoute,
                            String againEndpoint, String deadLetterEndpoint, Duration catchUp) {
        this.camel = camel;
        this.pagesRoute = pagesRoute;
        this.againEndpoint = againEndpoint;
        this.deadLetterEndpoint = deadLetterEndpoint;
        this.catchUp = catchUp;
        this.reader = new DocumentTextReader(bootstrap, normalizer, this::normalizeAgain, this::deadLetter);
    }

    public DocumentTextReader reader() {
        return reader;
    }

    @Override
    protected void doStart() {
        reader.start();
        Thread starter = new Thread(this::startPagesWhenLoaded, "imh-normalize-start-pages");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    protected void doStop() {
        reader.close();
        if (producer != null) {
            try {
                producer.close();
            } catch (Exception e) {
                LOG.debug("closing the producer template: {}", e.toString());
            }
        }
    }

    private void normalizeAgain(PageEvent page) {
        producer().sendBody(againEndpoint, page);
    }

    /** Sends an unusable document record to be dead-lettered, as a route's failed exchange would be. */
    private void deadLetter(ConsumerRecord<String, String> record, InvalidRecordException cause) {
        Exchange sent = producer().send(deadLetterEndpoint, exchange -> {
            Message message = exchange.getMessage();
            message.setHeader(KafkaHeaders.TOPIC, record.topic());
            message.setHeader(KafkaHeaders.PARTITION, record.partition());
            message.setHeader(KafkaHeaders.OFFSET, record.offset());
            message.setHeader(KafkaHeaders.KEY, record.key());
            message.setBody(record.value());
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, cause);
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("dead-lettering failed", sent.getException());
        }
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            producer = camel.createProducerTemplate();
        }
        return producer;
    }

    private void startPagesWhenLoaded() {
        try {
            if (!reader.awaitCaughtUp(catchUp)) {
                LOG.warn("{} not loaded within {}; reading pages anyway", Topics.DOCUMENTS, catchUp);
            }
            while (!camel.isStarted() && isRunAllowed()) {
                Thread.sleep(100); // the context starts its routes first; this route waits for it
            }
            if (isRunAllowed()) {
                camel.getRouteController().startRoute(pagesRoute);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("cannot start route {}", pagesRoute, e);
        }
    }
}
