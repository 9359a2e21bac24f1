package org.imhfinder.normalize;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.detect.CandidateFinder;
import org.imhfinder.normalize.detect.PageClassifier;
import org.imhfinder.normalize.detect.ProgramNames;
import org.imhfinder.normalize.documents.AwaitingPages;
import org.imhfinder.normalize.documents.DocumentStore;
import org.imhfinder.normalize.extract.GenericExtractor;
import org.imhfinder.normalize.extract.HandRuleExtractor;
import org.imhfinder.normalize.extract.HandRules;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.extract.StructuredDataExtractor;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.identity.ListingIdentity;
import org.imhfinder.normalize.limits.BoundedWorker;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.naming.ProgramNaming;
import org.imhfinder.normalize.normalizer.PageExtraction;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.normalize.page.LabelledValues;
import org.imhfinder.normalize.page.PageReader;
import org.imhfinder.normalize.pdf.PdfText;
import org.imhfinder.normalize.route.DocumentsService;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import org.imhfinder.vocabulary.Vocabulary;

/** The normalize stage: page events in, program listings, page outcomes and document texts out. */
public final class NormalizeStage implements Stage {
    private final UnaryOperator<List<ProgramExtractor>> around;

    public NormalizeStage() {
        this(UnaryOperator.identity());
    }

    /** For tests: the configured extraction strategies passed through {@code around} (to add one that fails on purpose). */
    NormalizeStage(UnaryOperator<List<ProgramExtractor>> around) {
        this.around = around;
    }

    @Override
    public String name() {
        return StageNames.NORMALIZE;
    }

    /** The sources file with its hand rules (selectors and the fields they name), before anything starts. */
    @Override
    public void check(Settings settings) {
        Path file = settings.get(ConfigKeys.SOURCES);
        new HandRules(SourcesFile.load(file), file.toString());
    }

    @Override
    public void install(StageContext context) throws Exception {
        Settings settings = context.settings();
        Path file = settings.get(ConfigKeys.SOURCES);
        List<SourceDefinition> sources = SourcesFile.load(file);
        NormalizeMetrics metrics = new NormalizeMetrics(context.meters());
        PageNormalizer normalizer = normalizer(settings, sources, file.toString(), metrics, Clock.systemUTC(), around);
        context.addRoutes(new NormalizeRoutes(normalizer, metrics, context.meters(), Clock.systemUTC(), false,
                maxPageEventBytes(settings), settings.get(ConfigKeys.NORMALIZE_MAX_ATTEMPTS),
                settings.get(ConfigKeys.NORMALIZE_CONSUMERS)));
        DocumentsService documents = context.manage(new DocumentsService(context.camel(), settings.get(ConfigKeys.KAFKA_BOOTSTRAP),
                normalizer, NormalizeRoutes.ROUTE_ID, NormalizeRoutes.AGAIN, NormalizeRoutes.DEAD_LETTER,
                settings.get(ConfigKeys.NORMALIZE_DOCUMENTS_CATCH_UP)));
        context.addHealthCheck(new DocumentsLoadedCheck(documents.reader()));
        context.addHealthCheck(new OverdueWorkersCheck(normalizer::overdueWorkers));
    }

    /**
     * The largest page event normalize reads: the crawler's body cap (the same setting ingest obeys) with room for
     * a PDF's base64 (a third more) and the event's other fields. A larger record is not a page the crawler sent.
     */
    public static long maxPageEventBytes(Settings settings) {
        return settings.get(ConfigKeys.CRAWL_MAX_BODY_BYTES) * 3L / 2 + 64 * 1024;
    }

    /** The whole normalizer, as the stage and the tests build it; hand rules and extractor names are checked here. */
    public static PageNormalizer normalizer(Settings settings, List<SourceDefinition> sources, String sourcesFile,
                                            NormalizeMetrics metrics, Clock clock) {
        return normalizer(settings, sources, sourcesFile, metrics, clock, UnaryOperator.identity());
    }

    static PageNormalizer normalizer(Settings settings, List<SourceDefinition> sources, String sourcesFile,
                                     NormalizeMetrics metrics, Clock clock, UnaryOperator<List<ProgramExtractor>> around) {
        Vocabulary vocabulary = Vocabulary.standard();
        Readers readers = new Readers(vocabulary);
        HandRules rules = new HandRules(sources, sourcesFile);
        List<ProgramExtractor> extractors = around.apply(extractors(settings.get(ConfigKeys.NORMALIZE_EXTRACTORS), readers));
        ProgramNames names = new ProgramNames(vocabulary);
        LabelledValues labelled = new LabelledValues(readers.terms()::label);
        CandidateFinder finder = new CandidateFinder(names, labelled, new PageClassifier(names, readers.levels()), vocabulary);
        PageReader reader = new PageReader(rules);
        DocumentStore store = new DocumentStore(settings.get(ConfigKeys.NORMALIZE_DOCUMENTS_MAX),
                settings.get(ConfigKeys.NORMALIZE_DOCUMENTS_MAX_CHARS));
        AwaitingPages awaiting = new AwaitingPages(settings.get(ConfigKeys.NORMALIZE_AWAITING_MAX_PAGES),
                settings.get(ConfigKeys.NORMALIZE_AWAITING_MAX_AGE), clock);
        PageExtraction extraction = new PageExtraction(finder, extractors, reader, store, readers.levels());
        Duration deadline = settings.get(ConfigKeys.NORMALIZE_DEADLINE);
        return new PageNormalizer(sources, reader, extraction, store, awaiting, new ListingIdentity(vocabulary),
                new ProgramNaming(vocabulary, readers.levels()), metrics, clock, new PdfText(deadline),
                new BoundedWorker("page", deadline));
    }

    /** The extraction strategies the setting names, in its order. */
    static List<ProgramExtractor> extractors(List<String> names, Readers readers) {
        Map<String, ProgramExtractor> known = Map.of(
                StructuredDataExtractor.NAME, new StructuredDataExtractor(readers),
                HandRuleExtractor.NAME, new HandRuleExtractor(readers),
                GenericExtractor.NAME, new GenericExtractor(readers));
        List<ProgramExtractor> chosen = new ArrayList<>();
        for (String name : names) {
            ProgramExtractor extractor = known.get(name.trim());
            if (extractor == null) {
                throw new ConfigException(ConfigKeys.NORMALIZE_EXTRACTORS.envName() + ": unknown extractor '" + name
                        + "' (known: " + String.join(", ", known.keySet().stream().sorted().toList()) + ")");
            }
            chosen.add(extractor);
        }
        return chosen;
    }
}
