package org.imhfinder.normalize;

import java.time.Clock;
import java.util.List;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.extract.SimpleProgramExtractor;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.normalize.route.PageNormalizer;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/** The normalize stage: page events in, program listings and page outcomes out. */
public final class NormalizeStage implements Stage {
    @Override
    public String name() {
        return StageNames.NORMALIZE;
    }

    @Override
    public void install(StageContext context) throws Exception {
        List<SourceDefinition> sources = SourcesFile.load(context.settings().get(ConfigKeys.SOURCES));
        ProgramExtractor extractor = new SimpleProgramExtractor();
        PageNormalizer normalizer = new PageNormalizer(sources, extractor, context.meters());
        context.addRoutes(new NormalizeRoutes(normalizer, context.meters(), Clock.systemUTC()));
    }
}
