package org.imhfinder.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.rebuild.Reindexer;
import org.imhfinder.indexer.store.KafkaStateJournal;
import picocli.CommandLine.Command;

/** {@code imh reindex}: a new version of the programs index, built from the topics, behind the search alias. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Build a new version of the programs index from imh.listing-state.v1, imh.programs.v1 and "
                + "imh.curation.v1, then move the search alias to it in one step. Searches and the running "
                + "pipeline keep working throughout; the previous version is kept, older ones deleted.",
                "Uses IMH_KAFKA_BOOTSTRAP and IMH_ES_URL when set, else the stack ./imh up or ./imh demo runs on IMH_DATA_DIR."})
final class ReindexCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Settings settings = StackTarget.resolveRunning(Settings.fromEnvironment());
        String kafka = settings.get(ConfigKeys.KAFKA_BOOTSTRAP);
        try (ElasticsearchClients es = ElasticsearchClients.from(settings);
             KafkaStateJournal journal = new KafkaStateJournal(kafka)) {
            Reindexer.Result result = new Reindexer(es.client(), kafka, journal,
                    new FreshnessRules(FreshnessPolicy.from(settings)), new SimpleMeterRegistry(), Clock.systemUTC(),
                    settings.get(ConfigKeys.INDEXER_BATCH_SIZE), System.out).run();
            print(result);
            return 0;
        } catch (IOException e) {
            System.err.println("imh: cannot rebuild the index at " + settings.get(ConfigKeys.ES_URL) + ": " + e.getMessage());
            return FriendlyErrors.START_ERROR;
        }
    }

    private static void print(Reindexer.Result result) {
        System.out.printf("Rebuilt %s in %.1f s: %d listings, %d records applied during the rebuild.%n",
                result.newIndex(), result.took().toMillis() / 1000.0, result.listings(), result.caughtUp());
        if (result.previousIndex() != null) {
            System.out.printf("Previous version %s kept (searches still running on it finish there).%n", result.previousIndex());
        }
        if (!result.deleted().isEmpty()) {
            System.out.println("Deleted older versions: " + String.join(", ", result.deleted()));
        }
        if (result.rejected() + result.skippedRecords() + result.decisionsWithoutListing() > 0) {
            System.out.printf("Left out: %d documents Elasticsearch refused, %d unreadable records, "
                    + "%d decisions about unknown listings (all dead-lettered when they first arrived).%n",
                    result.rejected(), result.skippedRecords(), result.decisionsWithoutListing());
        }
    }
}
