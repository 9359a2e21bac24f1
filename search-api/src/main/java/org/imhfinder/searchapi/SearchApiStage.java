package org.imhfinder.searchapi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.ElasticsearchHealthCheck;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.searchapi.admin.CrawlStates;
import org.imhfinder.searchapi.admin.SourcesReport;
import org.imhfinder.searchapi.auth.BearerTokens;
import org.imhfinder.searchapi.health.PromptHealthCheck;
import org.imhfinder.searchapi.auth.RequireRole;
import org.imhfinder.searchapi.auth.Role;
import org.imhfinder.searchapi.directory.Catalogue;
import org.imhfinder.searchapi.directory.DirectoryReport;
import org.imhfinder.searchapi.directory.RegionsReport;
import org.imhfinder.searchapi.eligibility.EligibilitySearch;
import org.imhfinder.searchapi.http.AdminRoutes;
import org.imhfinder.searchapi.http.DirectoryRoutes;
import org.imhfinder.searchapi.http.EligibilityRoutes;
import org.imhfinder.searchapi.http.ApiGate;
import org.imhfinder.searchapi.http.HttpGuard;
import org.imhfinder.searchapi.http.ProgramRoutes;
import org.imhfinder.searchapi.http.RateLimiter;
import org.imhfinder.searchapi.http.ReviewRoutes;
import org.imhfinder.searchapi.http.SearchLimit;
import org.imhfinder.searchapi.query.IndexGeneration;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.ProgramsIndex;
import org.imhfinder.searchapi.query.QueryEnrichments;
import org.imhfinder.searchapi.query.SearchCache;
import org.imhfinder.searchapi.query.SearchDeadline;
import org.imhfinder.searchapi.query.Suggestions;
import org.imhfinder.searchapi.web.PageRoutes;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The search API stage: the JSON API under {@code /api/v1} (search, details, autocomplete,
 * curator review, operator endpoints), the pages for people and {@code /openapi.json}. Reads
 * Elasticsearch through the index alias; writes curator decisions and crawl requests to Kafka.
 */
public final class SearchApiStage implements Stage {
    /** Longest {@code /ready} waits for Elasticsearch's answer before it says DOWN. */
    private static final Duration READY_WAIT = Duration.ofMillis(500);

    @Override
    public String name() {
        return StageNames.SEARCH_API;
    }

    /** The sources file the admin and directory reports show, before anything starts. */
    @Override
    public void check(Settings settings) {
        SourcesFile.load(settings.get(ConfigKeys.SOURCES));
    }

    @Override
    public void install(StageContext context) throws Exception {
        Settings settings = context.settings();
        Clock clock = Clock.systemUTC();
        SearchDeadline deadline = new SearchDeadline(settings.get(ConfigKeys.API_SEARCH_TIMEOUT));
        // the client's own timeouts no longer than a request may wait (the readiness check uses it too)
        ElasticsearchClients es = context.manage(ElasticsearchClients.from(settings, deadline.timeout()));
        context.addHealthCheck(new PromptHealthCheck(new ElasticsearchHealthCheck(es.client()), READY_WAIT));
        int concurrency = settings.get(ConfigKeys.API_SEARCH_CONCURRENCY);
        // a connection for each request SearchLimit lets through, and one for the cache's generation check
        ProgramsIndex index = new ProgramsIndex(context.manage(es.blocking(concurrency + 1)), deadline);
        SearchLimit limit = new SearchLimit(concurrency, deadline, context.meters());
        BearerTokens tokens = BearerTokens.of(settings.get(ConfigKeys.OPERATOR_TOKENS), settings.get(ConfigKeys.CURATOR_TOKENS));
        ApiGate gate = gate(settings);
        CrawlStates crawls = context.manage(new CrawlStates(settings.get(ConfigKeys.KAFKA_BOOTSTRAP)));
        List<SourceDefinition> definitions = SourcesFile.load(settings.get(ConfigKeys.SOURCES));
        SourcesReport sources = new SourcesReport(definitions, crawls, clock);
        SearchCache cache = new SearchCache(settings.get(ConfigKeys.API_SEARCH_CACHE_ENTRIES),
                settings.get(ConfigKeys.API_SEARCH_CACHE_MB) * 1024L * 1024L);
        ExecutorService checks = Executors.newSingleThreadExecutor(daemon("imh-api-generation-check"));
        context.manage((AutoCloseable) checks::shutdownNow);
        IndexGeneration generation = new IndexGeneration(index, checks, settings.get(ConfigKeys.API_SEARCH_CACHE_CHECK),
                System::nanoTime);
        if (cache.enabled()) {
            generation.checkSoon(); // the first search then waits only for its own answer
        }
        context.addRoutes(
                new ProgramRoutes(gate, limit, new ProgramSearch(index, QueryEnrichments.standard()), new Suggestions(index),
                        cache, generation, context.meters()),
                new EligibilityRoutes(gate, limit, new EligibilitySearch(index)),
                new DirectoryRoutes(gate, limit, new DirectoryReport(definitions, crawls, index, clock),
                        new RegionsReport(index, Vocabulary.standard()), new Catalogue(Vocabulary.standard())),
                new ReviewRoutes(gate, new RequireRole(tokens, Role.CURATOR), limit, index, clock, () -> {
                    cache.invalidate();
                    generation.recheck();
                }),
                new AdminRoutes(gate, new RequireRole(tokens, Role.OPERATOR), crawls, sources, clock),
                new PageRoutes(gate));
        HttpGuard.install(context.camel(), gate);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    static ApiGate gate(Settings settings) {
        RateLimiter limiter = new RateLimiter(settings.get(ConfigKeys.API_RATE_LIMIT), settings.get(ConfigKeys.API_RATE_BURST),
                System::nanoTime);
        List<String> origins = settings.get(ConfigKeys.API_CORS_ORIGINS);
        return new ApiGate(limiter, origins, settings.get(ConfigKeys.API_CLIENT_ADDRESS_HEADER));
    }
}
