package org.imhfinder.cli.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation test without Kafka and Elasticsearch, for fast feedback: the same web, the same
 * mutations and the same checks as {@code MutationIT}, run through normalize's and the indexer's own
 * rules in this JVM (see {@link InMemoryPipeline}). The real stack is what counts; this one says in
 * seconds whether a rule or an extraction change breaks a mutation.
 */
class MutationRulesTest {
    @Test
    void aFlagOnlyWhenTheProviderReallyChangedSomething(@TempDir Path folder) throws Exception {
        try (MutationWeb web = MutationWeb.start(MutationWeb.templates(), folder.resolve("web"))) {
            InMemoryPipeline pipeline = new InMemoryPipeline(web.sourcesFile(folder.resolve("sources.yml")));
            List<MutationRounds.Row> rows = new MutationRounds(web, pipeline, MutationPlan.bySite()).run();
            String table = MutationRounds.table(rows);
            System.out.println(table);
            System.out.println("MUTATION (in memory): seconds per crawl and its checks: " + MutationRounds.secondsPerRound(rows));
            MutationRounds.write(Path.of("target", "mutation", "rules-table.txt"), rows);
            assertThat(rows.stream().filter(r -> !r.ok()).toList()).as(table).isEmpty();
        }
    }
}
