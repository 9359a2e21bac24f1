package org.imhfinder.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.crawl.Crawler;
import org.imhfinder.ingest.fetch.AddressPolicy;
import org.imhfinder.ingest.frontier.FrontierJournal;
import org.imhfinder.ingest.frontier.KafkaFrontierJournal;
import org.imhfinder.ingest.memory.KafkaPageMemoryStore;
import org.imhfinder.ingest.memory.PageMemoryStore;
import org.imhfinder.ingest.run.KafkaSettlement;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/** The ingest stage: crawls each source of the sources file on its schedule and on request. */
public final class IngestStage implements Stage {
    private final Predicate<String> trustedAuthorities;

    public IngestStage() {
        this(authority -> false);
    }

    /**
     * With authorities ({@code host:port}) treated as public even when private networks are not
     * allowed: for tests whose local sites stand in for public ones.
     */
    public IngestStage(Predicate<String> trustedAuthorities) {
        this.trustedAuthorities = trustedAuthorities;
    }

    @Override
    public String name() {
        return StageNames.INGEST;
    }

    /** The sources file (schedules, patterns, hosts) and how the sources are shared out, before anything starts. */
    @Override
    public void check(Settings settings) {
        List<SourceDefinition> sources = SourcesFile.load(settings.get(ConfigKeys.SOURCES));
        HostShares.of(sources, settings.get(ConfigKeys.INGEST_INSTANCES), settings.get(ConfigKeys.INGEST_INSTANCE));
    }

    @Override
    public void install(StageContext context) throws Exception {
        Settings settings = context.settings();
        Path file = settings.get(ConfigKeys.SOURCES);
        List<SourceDefinition> sources = SourcesFile.load(file);
        if (settings.get(ConfigKeys.CRAWL_WORKERS) < 1) {
            throw new ConfigException("IMH_CRAWL_WORKERS must be at least 1");
        }
        Clock clock = Clock.systemUTC();
        String kafka = settings.get(ConfigKeys.KAFKA_BOOTSTRAP);
        KafkaSettlement settlement = new KafkaSettlement(Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka)));
        AddressPolicy addresses = new AddressPolicy(settings.get(ConfigKeys.CRAWL_ALLOW_PRIVATE_NETWORKS), trustedAuthorities);
        HostShares shares = HostShares.of(sources, settings.get(ConfigKeys.INGEST_INSTANCES),
                settings.get(ConfigKeys.INGEST_INSTANCE));
        FrontierJournal journal = new KafkaFrontierJournal(kafka, shares.instance());
        PageMemoryStore memoryStore = new KafkaPageMemoryStore(kafka, shares.instance());
        Crawler crawler = Crawler.install(context, sources, shares, journal, memoryStore, addresses, settlement, clock);
        // closed when the pipeline stops
        context.manage(settlement);
        context.manage(journal);
        context.manage(memoryStore);
        IngestBootstrap bootstrap = context.manage(new IngestBootstrap(context.camel(), kafka, sources, shares,
                crawler.coordinator(), crawler.publisher(), clock, crawler.memory(), crawler.budget(),
                settings.get(ConfigKeys.CRAWL_MEMORY_CATCH_UP)));
        context.addHealthCheck(new AbstractHealthCheck("ingest-history") {
            @Override
            protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
                if (bootstrap.ready()) {
                    builder.up();
                } else {
                    builder.down().message("reading the crawl history and the page memory from Kafka");
                }
            }

            @Override
            public boolean isLiveness() {
                return false;
            }
        });
    }
}
