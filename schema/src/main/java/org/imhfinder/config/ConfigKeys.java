package org.imhfinder.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every configuration key of every process, declared once with its type, default and purpose.
 * README's configuration table and the deployment manifests are checked against this list.
 */
public final class ConfigKeys {
    private static final List<Setting<?>> ALL = new ArrayList<>();

    // --- where things are
    public static final Setting<Path> CONFIG = declare("IMH_CONFIG", null,
            "Properties file with settings (keys like imh.crawl.delay); environment variables override it.", Parsers::path);
    public static final Setting<String> KAFKA_BOOTSTRAP = declare("IMH_KAFKA_BOOTSTRAP", "127.0.0.1:9092",
            "Kafka bootstrap servers, host:port[,host:port...].", Parsers::hostPorts);
    public static final Setting<URI> ES_URL = declare("IMH_ES_URL", "http://127.0.0.1:9200",
            "Elasticsearch base URL.", Parsers::httpUrl);
    public static final Setting<String> ES_USERNAME = declare("IMH_ES_USERNAME", "",
            "User the stages log in to Elasticsearch as (empty: no login, for a local Elasticsearch).", Parsers::string);
    public static final Setting<String> ES_PASSWORD = declareSecret("IMH_ES_PASSWORD", "",
            "That user's password; sent only over https, or to an Elasticsearch on this machine.", Parsers::string);
    public static final Setting<Path> ES_CA_CERT = declare("IMH_ES_CA_CERT", null,
            "PEM file of the CA that signed Elasticsearch's HTTP certificate, when the JVM does not trust it already.",
            Parsers::path);
    public static final Setting<Path> SOURCES = declare("IMH_SOURCES", "deploy/sources.yml",
            "The sources file: which provider websites to crawl and how.", Parsers::path);
    public static final Setting<Path> DATA_DIR = declare("IMH_DATA_DIR", ".imh",
            "Where the local stack keeps Kafka's and Elasticsearch's data and logs.", Parsers::path);

    // --- HTTP (search API, pages, and every process's /health, /ready, /metrics)
    public static final Setting<Integer> HTTP_PORT = declare("IMH_HTTP_PORT", "8080",
            "Port of the HTTP server (API and pages on search-api; /health, /ready, /metrics everywhere).", Parsers::port);
    public static final Setting<String> HTTP_HOST = declare("IMH_HTTP_HOST", "127.0.0.1",
            "Address the HTTP server binds; 0.0.0.0 to serve other machines.", Parsers::bindHost);

    // --- crawling
    public static final Setting<Boolean> CRAWL_ALLOW_PRIVATE_NETWORKS = declare("IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "false",
            "Let the crawler fetch loopback, private and link-local addresses (local demo and tests only).", Parsers::bool);
    public static final Setting<Duration> CRAWL_DELAY = declare("IMH_CRAWL_DELAY", "PT1S",
            "Least time between two requests to one host; a larger robots.txt Crawl-delay wins.", Parsers::nonNegativeDuration);

    // --- crawling, ingest stage: fetch limits, retries, robots and the crawl's own identity
    public static final Setting<Integer> CRAWL_WORKERS = declare("IMH_CRAWL_WORKERS", "8",
            "Fetches in flight at once across all hosts (each host still gets one at a time).", Parsers::positiveInt);
    public static final Setting<Integer> CRAWL_MAX_BACKLOG = declare("IMH_CRAWL_MAX_BACKLOG", "1000",
            "Most fetched pages not searchable yet (waiting for normalize, or their outcome for the indexer) before the"
                    + " crawler holds new fetches back until fewer are; 0: never. Not held while no normalize consumer runs.",
            Parsers::nonNegative);
    public static final Setting<Duration> CRAWL_CONNECT_TIMEOUT = declare("IMH_CRAWL_CONNECT_TIMEOUT", "PT10S",
            "Longest wait for a TCP (and TLS) connection to a website.", Parsers::positiveDuration);
    public static final Setting<Duration> CRAWL_READ_TIMEOUT = declare("IMH_CRAWL_READ_TIMEOUT", "PT30S",
            "Longest wait for a website's response headers once connected.", Parsers::positiveDuration);
    public static final Setting<Duration> CRAWL_TOTAL_TIMEOUT = declare("IMH_CRAWL_TOTAL_TIMEOUT", "PT60S",
            "Longest time one request may take from start to the last byte of its body.", Parsers::positiveDuration);
    public static final Setting<Integer> CRAWL_MAX_BODY_BYTES = declare("IMH_CRAWL_MAX_BODY_BYTES", "5242880",
            "Largest page or PDF kept, after decompression; a larger HTML body is cut, a larger PDF is an error.",
            Parsers::positiveInt);
    public static final Setting<Integer> CRAWL_MAX_SITEMAP_BYTES = declare("IMH_CRAWL_MAX_SITEMAP_BYTES", "52428800",
            "Largest sitemap read, after decompression (sitemaps.org allows 50 MB).", Parsers::positiveInt);
    public static final Setting<Integer> CRAWL_RETRIES = declare("IMH_CRAWL_RETRIES", "2",
            "Retries of a fetch that failed for a reason that may pass (5xx, 429, timeouts, refused connections).",
            Parsers::nonNegative);
    public static final Setting<Duration> CRAWL_RETRY_BACKOFF = declare("IMH_CRAWL_RETRY_BACKOFF", "PT5S",
            "Wait before the first retry; each further retry waits twice as long (Retry-After wins when longer).",
            Parsers::nonNegativeDuration);
    public static final Setting<Duration> CRAWL_ROBOTS_TTL = declare("IMH_CRAWL_ROBOTS_TTL", "PT24H",
            "How long a host's robots.txt is trusted before it is fetched again (RFC 9309 says at most 24 hours).",
            Parsers::nonNegativeDuration);
    public static final Setting<URI> CRAWL_CONTACT_URL = declare("IMH_CRAWL_CONTACT_URL",
            "https://github.com/imh-program-finder/imh-program-finder",
            "Where a website owner learns about the crawler; sent in every request's User-Agent.", Parsers::httpUrl);
    public static final Setting<Duration> CRAWL_MEMORY_CATCH_UP = declare("IMH_CRAWL_MEMORY_CATCH_UP", "PT60S",
            "Longest ingest waits at start to read what it remembers of its pages (validators, links) before it crawls;"
                    + " pages not read by then are fetched in full once.", Parsers::duration);

    // --- re-checking: each page checked again when it is likely to have changed, within a budget per host
    public static final Setting<Integer> CRAWL_BUDGET = declare("IMH_CRAWL_BUDGET", "500",
            "Most requests for pages and sitemaps one host gets in any 24 hours, on top of the crawl delay and robots.txt;"
                    + " a requested crawl is never held back by it (it counts, though).", Parsers::positiveInt);
    public static final Setting<Duration> RECHECK_EVERY = declare("IMH_RECHECK_EVERY", "PT5M",
            "How often ingest looks for pages due for a check and starts them.", Parsers::positiveDuration);
    public static final Setting<Duration> RECHECK_MIN_INTERVAL = declare("IMH_RECHECK_MIN_INTERVAL", "PT12H",
            "Shortest time between two checks of a page for its change rate (a source's minInterval wins);"
                    + " deadline, aging and flag checks are not held to it.", Parsers::positiveDuration);
    public static final Setting<Duration> RECHECK_MAX_INTERVAL = declare("IMH_RECHECK_MAX_INTERVAL", "P28D",
            "Longest a page goes without a check (a source's maxInterval, or its period schedule when shorter, wins).",
            Parsers::positiveDuration);
    public static final Setting<Duration> RECHECK_MIN_GAIN = declare("IMH_RECHECK_MIN_GAIN", "PT6H",
            "What a check must be worth to be made for a page's change rate: the expected time a listing would"
                    + " otherwise show out-of-date facts, saved per request. Larger: fewer checks.", Parsers::positiveDuration);

    // --- ingest instances: the hosts are shared out between instances, each crawling its own
    public static final Setting<Integer> INGEST_INSTANCES = declare("IMH_INGEST_INSTANCES", "1",
            "How many ingest instances share the sources; every instance must be given the same number and sources file.",
            Parsers::positiveInt);
    public static final Setting<Integer> INGEST_INSTANCE = declare("IMH_INGEST_INSTANCE", "0",
            "Which of the ingest instances this one is, 0 to IMH_INGEST_INSTANCES - 1 (a StatefulSet's pod index).",
            Parsers::nonNegative);

    // --- freshness
    public static final Setting<Duration> FRESHNESS_AGING_AFTER = declare("IMH_FRESHNESS_AGING_AFTER", "P30D",
            "A listing not confirmed for this long turns AGING.", Parsers::nonNegativeDuration);
    public static final Setting<Duration> FRESHNESS_STALE_AFTER = declare("IMH_FRESHNESS_STALE_AFTER", "P90D",
            "A listing not confirmed for this long turns STALE.", Parsers::nonNegativeDuration);

    // --- indexer: batching, retries and the freshness rules it applies
    public static final Setting<Integer> INDEXER_BATCH_SIZE = declare("IMH_INDEXER_BATCH_SIZE", "500",
            "Most records the indexer takes from Kafka into one Elasticsearch bulk request.", Parsers::positiveInt);
    public static final Setting<Integer> INDEXER_BULKS_PER_BATCH = declare("IMH_INDEXER_BULKS_PER_BATCH", "4",
            "Most bulk requests of IMH_INDEXER_BATCH_SIZE records in one indexer batch, which is refreshed, journaled and "
                    + "committed once (a backlog drains in fewer refreshes; a trickle still goes batch by batch).",
            Parsers::positiveInt);
    public static final Setting<Duration> INDEXER_BATCH_WAIT = declare("IMH_INDEXER_BATCH_WAIT", "PT0.2S",
            "Longest time the indexer waits to fill a batch before indexing what it has.", Parsers::nonNegativeDuration);
    public static final Setting<Duration> INDEXER_RETRY_FOR = declare("IMH_INDEXER_RETRY_FOR", "PT1M",
            "How long the indexer retries a batch while Elasticsearch fails, before handing it back to Kafka to redeliver.",
            Parsers::nonNegativeDuration);
    public static final Setting<Duration> FRESHNESS_SWEEP_INTERVAL = declare("IMH_FRESHNESS_SWEEP_INTERVAL", "PT5M",
            "How often the indexer re-checks listings whose status changes with time (aging, stale, deadlines, snoozes).",
            Parsers::positiveDuration);
    public static final Setting<Integer> FRESHNESS_FETCH_ERRORS = declare("IMH_FRESHNESS_FETCH_ERRORS", "3",
            "Failed fetches of a listing's page in a row (since it was last seen) that flag FETCH_ERRORS.", Parsers::positiveInt);
    public static final Setting<Double> FRESHNESS_DEGRADED_RATIO = declare("IMH_FRESHNESS_DEGRADED_RATIO", "0.5",
            "A listing extracted with fewer than this share of its most fields is flagged EXTRACTION_DEGRADED.", Parsers::ratio);

    // --- API tokens
    public static final Setting<List<String>> OPERATOR_TOKENS = declareSecret("IMH_OPERATOR_TOKENS", "",
            "Comma-separated bearer tokens of operators (crawls, sources).", Parsers::tokens);
    public static final Setting<List<String>> CURATOR_TOKENS = declareSecret("IMH_CURATOR_TOKENS", "",
            "Comma-separated bearer tokens of curators (review queue, decisions).", Parsers::tokens);

    // --- normalize: extraction strategies and the requirement documents (PDFs) it shares between instances
    public static final Setting<List<String>> NORMALIZE_EXTRACTORS = declare("IMH_NORMALIZE_EXTRACTORS",
            "structured-data,hand-rules,generic",
            "Extraction strategies normalize runs, by name (structured-data, hand-rules, generic).", Parsers::list);
    public static final Setting<Integer> NORMALIZE_DOCUMENTS_MAX = declare("IMH_NORMALIZE_DOCUMENTS_MAX", "5000",
            "Most requirement-document texts one normalize instance keeps in memory (least recently used out).", Parsers::nonNegative);
    public static final Setting<Integer> NORMALIZE_DOCUMENTS_MAX_CHARS = declare("IMH_NORMALIZE_DOCUMENTS_MAX_CHARS", "50000000",
            "Most characters of requirement-document text one normalize instance keeps in memory.", Parsers::nonNegative);
    public static final Setting<Integer> NORMALIZE_AWAITING_MAX_PAGES = declare("IMH_NORMALIZE_AWAITING_MAX_PAGES", "1000",
            "Most pages one normalize instance keeps while they wait for a linked PDF's text.", Parsers::nonNegative);
    public static final Setting<Duration> NORMALIZE_AWAITING_MAX_AGE = declare("IMH_NORMALIZE_AWAITING_MAX_AGE", "PT6H",
            "Longest a page waits for a linked PDF's text; after that it is enriched on its next crawl.", Parsers::nonNegativeDuration);
    public static final Setting<Duration> NORMALIZE_DOCUMENTS_CATCH_UP = declare("IMH_NORMALIZE_DOCUMENTS_CATCH_UP", "PT60S",
            "Longest normalize waits at start to read the known document texts before it reads pages.", Parsers::nonNegativeDuration);
    // --- normalize: bounds on reading untrusted pages and PDFs, and on records that keep failing
    public static final Setting<Duration> NORMALIZE_DEADLINE = declare("IMH_NORMALIZE_DEADLINE", "PT30S",
            "Longest normalize spends reading one page or PDF (parsing and extraction) before it dead-letters it.",
            Parsers::positiveDuration);
    public static final Setting<Integer> NORMALIZE_MAX_ATTEMPTS = declare("IMH_NORMALIZE_MAX_ATTEMPTS", "3",
            "Times normalize starts a page record that never finishes (the process crashed or was killed on it, or an"
                    + " error escaped its dead-lettering) before it dead-letters it and goes on; the records of a round that"
                    + " did not finish are first taken one at a time, so only the one at fault is counted.", Parsers::positiveInt);
    public static final Setting<Integer> NORMALIZE_CONSUMERS = declare("IMH_NORMALIZE_CONSUMERS", "6",
            "Kafka consumers of imh.pages.v1 in one normalize instance, each reading its own partitions on its own thread"
                    + " (more than the topic's 6 partitions over all instances stay idle).", Parsers::positiveInt);
    // --- search-api: request limits, browsers on other origins, clients behind a proxy
    public static final Setting<Integer> API_RATE_LIMIT = declare("IMH_API_RATE_LIMIT", "600",
            "Requests per minute one client may make to /api/v1 (0: no limit); over it the API answers 429.",
            Parsers::nonNegative);
    public static final Setting<Integer> API_RATE_BURST = declare("IMH_API_RATE_BURST", "60",
            "Requests one client may make at once before IMH_API_RATE_LIMIT's pace applies.", Parsers::nonNegative);
    public static final Setting<String> API_CLIENT_ADDRESS_HEADER = declare("IMH_API_CLIENT_ADDRESS_HEADER", "",
            "Behind a trusted proxy: the header naming the client (e.g. X-Forwarded-For, its last address counts);"
                    + " empty: the connection's address.", Parsers::string);
    public static final Setting<List<String>> API_CORS_ORIGINS = declare("IMH_API_CORS_ORIGINS", "",
            "Comma-separated origins (https://example.org) whose pages may call the API from a browser; * for any.",
            Parsers::list);
    public static final Setting<Integer> API_SEARCH_CONCURRENCY = declare("IMH_API_SEARCH_CONCURRENCY", "8",
            "Requests needing Elasticsearch one search-api process serves at once (1-16); beyond it a 503 with"
                    + " Retry-After at once. Below the HTTP server's 20 worker threads, so pages and probes always have some.",
            Parsers::searchConcurrency);
    public static final Setting<Duration> API_SEARCH_TIMEOUT = declare("IMH_API_SEARCH_TIMEOUT", "PT5S",
            "Longest search-api waits for Elasticsearch in one request (PT0.1S to PT30S), also its client's socket"
                    + " timeout; past it the request is a 503.", Parsers::searchTimeout);
    public static final Setting<Integer> API_SEARCH_CACHE_ENTRIES = declare("IMH_API_SEARCH_CACHE_ENTRIES", "1000",
            "Search answers search-api keeps for repeated identical searches (0: none), least recently used dropped first.",
            Parsers::nonNegative);
    public static final Setting<Integer> API_SEARCH_CACHE_MB = declare("IMH_API_SEARCH_CACHE_MB", "16",
            "Most memory those answers take, in MB (an answer over a quarter of it is not kept).", Parsers::nonNegative);
    public static final Setting<Duration> API_SEARCH_CACHE_CHECK = declare("IMH_API_SEARCH_CACHE_CHECK", "PT1S",
            "How often search-api asks whether the index has refreshed since (each refresh empties the cache): the"
                    + " most a cached answer can lag behind the index.", Parsers::positiveDuration);

    // --- Kafka consumers of every stage: how soon a crashed instance's partitions go to the others
    public static final Setting<Duration> KAFKA_SESSION_TIMEOUT = declare("IMH_KAFKA_SESSION_TIMEOUT", "PT45S",
            "How long a consumer instance may go silent before its group gives its partitions to the others"
                    + " (6 s to 30 min, the broker's bounds); shorter moves work off a crashed instance sooner.",
            Parsers::sessionTimeout);

    // --- every process's /ready and /health: when a consumer counts as stuck
    public static final Setting<Duration> CONSUMER_STUCK_AFTER = declare("IMH_CONSUMER_STUCK_AFTER", "PT3M",
            "A Kafka consumer route is stuck (/ready and /health DOWN) when it has not polled this long while records wait"
                    + " (one record in processing that long included); longer than IMH_INDEXER_RETRY_FOR.",
            Parsers::positiveDuration);

    // --- the local stack (./imh up, ./imh demo, tests)
    public static final Setting<Integer> LOCAL_KAFKA_PORT = declare("IMH_LOCAL_KAFKA_PORT", "9092",
            "Port of the local Kafka broker that ./imh up starts (0: any free port).", Parsers::port);
    public static final Setting<Integer> LOCAL_ES_PORT = declare("IMH_LOCAL_ES_PORT", "9200",
            "Port of the local Elasticsearch that ./imh up starts (0: any free port).", Parsers::port);
    public static final Setting<String> LOCAL_ES_HEAP = declare("IMH_LOCAL_ES_HEAP", "512m",
            "Heap of the local Elasticsearch (-Xms and -Xmx).", Parsers::heapSize);
    public static final Setting<Path> STACK_DIST = declare("IMH_STACK_DIST", null,
            "Folder with the Kafka and Elasticsearch distributions the build prepared (found by itself in a checkout).",
            Parsers::path);
    public static final Setting<Boolean> TEST_DOCKER = declare("IMH_TEST_DOCKER", "false",
            "Tests only: start Kafka and Elasticsearch with Testcontainers instead of as local processes.", Parsers::bool);

    // --- the imh launcher script
    public static final Setting<String> JAVA_OPTS = declare("IMH_JAVA_OPTS", "",
            "JVM options the ./imh script passes to java (e.g. -Xmx2g, or -XX:StartFlightRecording=...); read by the script.",
            Parsers::string);

    private ConfigKeys() {
    }

    /**
     * What must hold between settings, each rule naming the settings it relates: checked with the
     * values themselves, so a process never starts with a pair that cannot work.
     */
    static List<String> problemsBetween(Map<Setting<?>, Object> values) {
        List<String> problems = new ArrayList<>();
        int instances = (Integer) values.getOrDefault(INGEST_INSTANCES, 1);
        int instance = (Integer) values.getOrDefault(INGEST_INSTANCE, 0);
        if (instance >= instances) {
            problems.add(INGEST_INSTANCE.envName() + " is " + instance + " but must be below " + INGEST_INSTANCES.envName()
                    + " (" + instances + "): instances are numbered 0 to " + (instances - 1));
        }
        Duration aging = (Duration) values.get(FRESHNESS_AGING_AFTER);
        Duration stale = (Duration) values.get(FRESHNESS_STALE_AFTER);
        if (aging != null && stale != null && stale.compareTo(aging) < 0) {
            problems.add(FRESHNESS_STALE_AFTER.envName() + " (" + stale + ") must not be shorter than "
                    + FRESHNESS_AGING_AFTER.envName() + " (" + aging + ")");
        }
        Duration minInterval = (Duration) values.get(RECHECK_MIN_INTERVAL);
        Duration maxInterval = (Duration) values.get(RECHECK_MAX_INTERVAL);
        if (minInterval != null && maxInterval != null && maxInterval.compareTo(minInterval) < 0) {
            problems.add(RECHECK_MAX_INTERVAL.envName() + " (" + maxInterval + ") must not be shorter than "
                    + RECHECK_MIN_INTERVAL.envName() + " (" + minInterval + ")");
        }
        Duration retryFor = (Duration) values.get(INDEXER_RETRY_FOR);
        Duration stuckAfter = (Duration) values.get(CONSUMER_STUCK_AFTER);
        if (retryFor != null && stuckAfter != null && stuckAfter.compareTo(retryFor) <= 0) {
            problems.add(CONSUMER_STUCK_AFTER.envName() + " (" + stuckAfter + ") must be longer than "
                    + INDEXER_RETRY_FOR.envName() + " (" + retryFor + "): an indexer batch retrying is not stuck");
        }
        return problems;
    }

    /** All declared settings, in declaration order. */
    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static <T> Setting<T> declare(String env, String def, String description, Function<String, T> parser) {
        Setting<T> setting = new Setting<>(env, def, description, false, parser);
        ALL.add(setting);
        return setting;
    }

    private static <T> Setting<T> declareSecret(String env, String def, String description, Function<String, T> parser) {
        Setting<T> setting = new Setting<>(env, def, description, true, parser);
        ALL.add(setting);
        return setting;
    }
}
