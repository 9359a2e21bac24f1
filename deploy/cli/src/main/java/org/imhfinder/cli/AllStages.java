package org.imhfinder.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.imhfinder.indexer.IndexerStage;
import org.imhfinder.ingest.IngestStage;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.runtime.Stage;
import org.imhfinder.schema.StageNames;
import org.imhfinder.searchapi.SearchApiStage;

/** The pipeline's stages by name, in the order they start. */
final class AllStages {
    private static final Map<String, Supplier<Stage>> BY_NAME = Map.of(
            StageNames.SEARCH_API, SearchApiStage::new,
            StageNames.INDEXER, IndexerStage::new,
            StageNames.NORMALIZE, NormalizeStage::new,
            StageNames.INGEST, IngestStage::new);
    static final List<String> NAMES = List.of(StageNames.SEARCH_API, StageNames.INDEXER, StageNames.NORMALIZE,
            StageNames.INGEST);

    private AllStages() {
    }

    static List<Stage> all() {
        return NAMES.stream().map(name -> BY_NAME.get(name).get()).toList();
    }

    static Stage named(String name) {
        Supplier<Stage> stage = BY_NAME.get(name);
        if (stage == null) {
            throw new IllegalArgumentException("no stage named '" + name + "' (stages: " + String.join(", ", NAMES) + ")");
        }
        return stage.get();
    }
}
