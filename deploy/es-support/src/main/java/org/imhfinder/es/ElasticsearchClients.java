package org.imhfinder.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.imhfinder.schema.Json;

/** The Elasticsearch client of this process, with the project's JSON mapping for documents. */
public final class ElasticsearchClients implements AutoCloseable {
    private final RestClient rest;
    private final ElasticsearchClient client;

    public ElasticsearchClients(URI url) {
        this.rest = RestClient.builder(HttpHost.create(url.toString()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(5_000).setSocketTimeout(60_000))
                .build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
    }

    public ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
