package org.imhfinder.indexer;

import java.time.Clock;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.ElasticsearchHealthCheck;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.batch.Backoff;
import org.imhfinder.indexer.batch.IndexBatch;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.RecheckHints;
import org.imhfinder.indexer.route.DeadLetterProducer;
import org.imhfinder.indexer.route.IndexerRoutes;
import org.imhfinder.indexer.store.ElasticsearchListingStore;
import org.imhfinder.indexer.store.KafkaStateJournal;
import org.imhfinder.indexer.sweep.FreshnessSweep;
import org.imhfinder.indexer.sweep.FreshnessSweepRoutes;
import org.imhfinder.indexer.sweep.ListingCensus;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;

/**
 * The indexer stage: listings, page outcomes and curator decisions from Kafka into the
 * Elasticsearch index behind the search alias, each listing with its freshness, curation and
 * history; its state journaled to {@code imh.listing-state.v1}; a sweep for what time changes.
 */
public final class IndexerStage implements Stage {
    private final Clock clock;

    public IndexerStage() {
        this(Clock.systemUTC());
    }

    /** The stage on a clock of its own: the freshness rules' "now" (tests move it forward). */
    public IndexerStage(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return StageNames.INDEXER;
    }

    @Override
    public void install(StageContext context) throws Exception {
        Settings settings = context.settings();
        ElasticsearchClients es = context.manage(ElasticsearchClients.from(settings));
        context.addHealthCheck(new ElasticsearchHealthCheck(es.client()));
        new ProgramIndex(es.client()).ensure();
        FreshnessRules rules = new FreshnessRules(FreshnessPolicy.from(settings));
        KafkaStateJournal journal = context.manage(new KafkaStateJournal(settings.get(ConfigKeys.KAFKA_BOOTSTRAP),
                judged -> RecheckHints.of(judged, rules, clock.instant())));
        ElasticsearchListingStore store = new ElasticsearchListingStore(es.client());
        int batchSize = settings.get(ConfigKeys.INDEXER_BATCH_SIZE);
        IndexBatch batch = new IndexBatch(store, journal, new DeadLetterProducer(context.camel(), context.meters(), clock),
                rules, context.meters(), clock, settings.get(ConfigKeys.INDEXER_RETRY_FOR), Backoff.DEFAULT, batchSize);
        FreshnessSweep sweep = new FreshnessSweep(es.client(), store, journal, rules, context.meters(), clock, batchSize);
        context.addRoutes(
                new IndexerRoutes(batch, context.meters(), batchSize * settings.get(ConfigKeys.INDEXER_BULKS_PER_BATCH),
                        settings.get(ConfigKeys.INDEXER_BATCH_WAIT)),
                new FreshnessSweepRoutes(sweep, new ListingCensus(es.client(), context.meters()),
                        settings.get(ConfigKeys.FRESHNESS_SWEEP_INTERVAL)));
    }
}
