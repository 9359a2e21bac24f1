package org.imhfinder.indexer.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.Topics;

/**
 * Listing states on the compacted {@code imh.listing-state.v1}, keyed by program id: written
 * idempotently, acknowledged by every in-sync replica before {@link #publish} returns. With each
 * state goes its {@link RecheckHint} on {@code imh.recheck-hints.v1} (same key), when a hint maker is
 * given: what the crawler's schedule needs of the listing (its page, deadline, aging, flags).
 */
public final class KafkaStateJournal implements StateJournal, AutoCloseable {
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final KafkaProducer<String, String> producer;
    private final Function<Judged, RecheckHint> hints;

    /** A journal of states only (a rebuild's, whose hints the running indexer writes). */
    public KafkaStateJournal(String bootstrapServers) {
        this(bootstrapServers, state -> null);
    }

    /** {@code hints} makes each state's hint from the state and its freshness, when known (null: no hint for it). */
    public KafkaStateJournal(String bootstrapServers, Function<Judged, RecheckHint> hints) {
        this.hints = hints;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000,
                ProducerConfig.CLIENT_ID_CONFIG, "imh-indexer-state"),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public void publish(Collection<ListingState> states) {
        send(states.stream().map(state -> new Judged(state, null)).toList()).await();
    }

    /**
     * Hands the records to the producer (which batches and sends them in the background) and
     * returns at once; the acks flush the producer and wait for every record.
     */
    @Override
    public Acks send(Collection<Judged> states) {
        return send(states, judged -> null);
    }

    /** Writes each state's JSON text as already written, when it is (the same text {@link Json#write} makes of the state). */
    @Override
    public Acks send(Collection<Judged> states, Function<Judged, String> written) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(states.size() * 2);
        for (Judged judged : states) {
            ListingState state = judged.state();
            String text = written.apply(judged);
            String value = text != null ? text : Json.write(state);
            acks.add(producer.send(new ProducerRecord<>(Topics.LISTING_STATE, state.programId(), value)));
            RecheckHint hint = hints.apply(judged);
            if (hint != null) {
                acks.add(producer.send(new ProducerRecord<>(Topics.RECHECK_HINTS, state.programId(), Json.write(hint))));
            }
        }
        return () -> {
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                await(ack);
            }
        };
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
        } catch (TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException("listing state not acknowledged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing listing states", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
