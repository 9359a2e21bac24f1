package org.imhfinder.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.ingest.fetch.FetchLimits;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.runtime.HttpBinding;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/**
 * What {@code imh up} and {@code imh demo} check before Kafka and Elasticsearch start: every check
 * a stage would otherwise make only once the stack is up (its settings read through, the sources
 * file with its schedules and hand rules, the extractors, the Elasticsearch login) and the HTTP
 * address. Each failure is a {@link org.imhfinder.config.ConfigException} naming what to change
 * (exit code 2), and nothing has started yet.
 */
final class PreFlight {
    private PreFlight() {
    }

    /** Runs every check; returns the sources the run will crawl. */
    static List<SourceDefinition> check(Settings settings) {
        Path file = settings.get(ConfigKeys.SOURCES);
        List<SourceDefinition> sources = SourcesFile.load(file); // schedules and hand-rule selectors included
        HostShares.of(sources, settings.get(ConfigKeys.INGEST_INSTANCES), settings.get(ConfigKeys.INGEST_INSTANCE));
        FetchLimits.from(settings);
        // builds the whole normalizer: hand-rule selectors and extractor names are checked on the way
        NormalizeStage.normalizer(settings, sources, file.toString(), new NormalizeMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        checkElasticsearchLogin(settings);
        HttpBinding.checkBindable(settings);
        return sources;
    }

    /** The stages' Elasticsearch client as they will build it for the local node (login, CA file). */
    private static void checkElasticsearchLogin(Settings settings) {
        int port = settings.get(ConfigKeys.LOCAL_ES_PORT);
        Settings local = settings.with(ConfigKeys.ES_URL, "http://127.0.0.1:" + (port == 0 ? 9200 : port));
        try (ElasticsearchClients clients = ElasticsearchClients.from(local)) {
            // built and closed: nothing is sent
        } catch (IOException e) {
            // closing a client that never connected: nothing to report
        }
    }
}
