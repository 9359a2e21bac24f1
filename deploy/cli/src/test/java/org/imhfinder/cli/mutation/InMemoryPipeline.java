package org.imhfinder.cli.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.config.Settings;
import org.imhfinder.indexer.batch.Backoff;
import org.imhfinder.indexer.batch.IndexBatch;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/**
 * The stages' rules in one JVM without Kafka or Elasticsearch, for fast feedback: {@link WebCrawl}
 * in ingest's place, normalize's own {@link PageNormalizer}, and the indexer's own
 * {@link IndexBatch} over an index in memory. Each page's listings and outcome are one batch, in
 * the order the pages were fetched (the real stack batches by time, which the IT covers).
 */
final class InMemoryPipeline implements MutationPipeline {
    private final List<SourceDefinition> sources;
    private final PageNormalizer normalizer;
    private final MemoryIndex index = new MemoryIndex();
    private final IndexBatch indexer;
    private final WebCrawl crawler = new WebCrawl();
    private long offset;
    private int crawls;

    InMemoryPipeline(Path sourcesFile) {
        this.sources = SourcesFile.load(sourcesFile);
        Settings settings = Settings.defaults();
        this.normalizer = NormalizeStage.normalizer(settings, sources, sourcesFile.toString(),
                new NormalizeMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        this.indexer = new IndexBatch(index, states -> { }, (source, reason) -> {
            throw new AssertionError("dead-lettered " + source + ": " + reason, reason);
        }, new FreshnessRules(FreshnessPolicy.defaults()), new SimpleMeterRegistry(), Clock.systemUTC(), Duration.ZERO,
                Backoff.NONE);
    }

    @Override
    public void crawl() {
        String crawlId = "mutation-" + (++crawls);
        for (SourceDefinition source : sources) {
            for (PageEvent page : crawler.crawl(source.id(), source.seeds().get(0).toString(), crawlId)) {
                publish(normalizer.normalize(page));
            }
        }
    }

    private void publish(NormalizedPage page) {
        List<RecordSource> records = new ArrayList<>();
        for (ProgramListing listing : page.listings()) {
            records.add(new RecordSource(Topics.PROGRAMS, 0, offset++, listing.id(), Json.write(listing)));
        }
        records.add(new RecordSource(Topics.PAGE_OUTCOMES, 0, offset++, page.outcome().url(), Json.write(page.outcome())));
        indexer.index(records);
        page.ready().forEach(again -> publish(normalizer.normalizeAgain(again)));
    }

    @Override
    public List<JsonNode> programs() {
        return List.copyOf(index.documents.values());
    }

    @Override
    public long reviewItems() {
        return index.documents.values().stream().filter(d -> d.path("reviewPriority").asInt() > 0
                && !d.path("curation").path("retired").asBoolean(false)).count();
    }

    @Override
    public void decide(List<String> programIds, String action, String note) {
        List<RecordSource> records = new ArrayList<>();
        for (String id : programIds) {
            CurationDecision decision = new CurationDecision(CurationDecision.SCHEMA_VERSION, UUID.randomUUID().toString(), id,
                    CurationAction.valueOf(action), note, null, Map.of(), "curator-mutation", Instant.now());
            records.add(new RecordSource(Topics.CURATION, 0, offset++, id, Json.write(decision)));
        }
        indexer.index(records);
    }

    /** The programs index in memory: documents by id, found by id or by any page they are on, as Elasticsearch finds them. */
    private static final class MemoryIndex implements ListingStore {
        private final Map<String, com.fasterxml.jackson.databind.node.ObjectNode> documents = new LinkedHashMap<>();
        private long seqNo;

        @Override
        public String writeIndex() {
            return "imh-programs-memory";
        }

        @Override
        public List<StoredListing> load(String name, Collection<String> ids, Collection<String> urls) {
            List<StoredListing> found = new ArrayList<>();
            documents.forEach((id, doc) -> {
                if (ids.contains(id) || urls.contains(doc.path("sourceUrl").asText()) || any(doc.path("previousUrls"), urls)
                        || any(doc.path("alsoDescribedOn"), urls)) {
                    found.add(new StoredListing(id, seqNo, 1, doc.deepCopy()));
                }
            });
            return found;
        }

        @Override
        public List<WriteResult> write(String name, List<DocumentWrite> writes, boolean refresh) {
            seqNo++;
            List<WriteResult> results = new ArrayList<>();
            for (DocumentWrite write : writes) {
                // kept as Elasticsearch keeps it: the JSON written, read back (a part written raw included)
                documents.put(write.id(), (com.fasterxml.jackson.databind.node.ObjectNode) Json.read(Json.write(write.document()), JsonNode.class));
                results.add(new WriteResult(write.id(), WriteResult.Status.WRITTEN, null));
            }
            return results;
        }

        private static boolean any(JsonNode values, Collection<String> urls) {
            for (JsonNode value : values) {
                if (urls.contains(value.asText())) {
                    return true;
                }
            }
            return false;
        }
    }
}
