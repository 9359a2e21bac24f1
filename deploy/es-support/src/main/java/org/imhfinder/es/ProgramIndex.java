package org.imhfinder.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.imhfinder.schema.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs index: a versioned template (es/programs-template-v1.json) and a concrete index
 * {@code imh-programs-v1-...} behind the alias every search uses. Created when missing.
 */
public final class ProgramIndex {
    public static final String TEMPLATE = "imh-programs-v1";
    public static final String FIRST_INDEX = "imh-programs-v1-0001";
    private static final Logger LOG = LoggerFactory.getLogger(ProgramIndex.class);

    private final ElasticsearchClient client;

    public ProgramIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Puts the template and, when the alias points nowhere yet, creates the first index behind it. */
    public void ensure() throws IOException {
        try (InputStream template = ProgramIndex.class.getResourceAsStream("/es/programs-template-v1.json")) {
            if (template == null) {
                throw new UncheckedIOException(new IOException("es/programs-template-v1.json is missing"));
            }
            client.indices().putIndexTemplate(PutIndexTemplateRequest.of(t -> t.name(TEMPLATE).withJson(template)));
        }
        boolean aliasExists = client.indices().existsAlias(a -> a.name(SearchIndex.PROGRAMS_ALIAS)).value();
        if (!aliasExists) {
            client.indices().create(c -> c.index(FIRST_INDEX)
                    .aliases(SearchIndex.PROGRAMS_ALIAS, a -> a.isWriteIndex(true)));
            LOG.info("created index {} behind alias {}", FIRST_INDEX, SearchIndex.PROGRAMS_ALIAS);
        }
    }
}
