package org.imhfinder.indexer.route;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.imhfinder.indexer.batch.DeadLetterSink;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.StageNames;

/** Dead letters of the indexer through the pipeline's one way to {@code imh.dlq.v1} ({@link ToDeadLetter}). */
public final class DeadLetterProducer implements DeadLetterSink {
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final ToDeadLetter toDeadLetter;

    public DeadLetterProducer(CamelContext camel, MeterRegistry meters, Clock clock) {
        this.camel = camel;
        this.producer = camel.createProducerTemplate();
        this.toDeadLetter = new ToDeadLetter(StageNames.INDEXER, meters, clock);
    }

    @Override
    public void send(RecordSource source, Exception reason) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(source.value());
        exchange.getMessage().setHeader(KafkaHeaders.KEY, source.key());
        exchange.getMessage().setHeader(KafkaHeaders.TOPIC, source.topic());
        exchange.getMessage().setHeader(KafkaHeaders.PARTITION, source.partition());
        exchange.getMessage().setHeader(KafkaHeaders.OFFSET, source.offset());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, reason);
        toDeadLetter.process(exchange);
        // the original topic header would make the Kafka producer write back there: the endpoint's topic must win
        exchange.getMessage().removeHeader(KafkaHeaders.TOPIC);
        Exchange sent = producer.send(DeadLetterRoutes.ENDPOINT, exchange);
        if (sent.getException() != null) {
            throw new IllegalStateException("cannot write a dead letter to the dead-letter topic", sent.getException());
        }
    }
}
