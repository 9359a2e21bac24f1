package org.imhfinder.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.schema.Json;

/**
 * The Elasticsearch client of this process, with the project's JSON mapping for documents: as
 * the configuration says, logged in ({@code IMH_ES_USERNAME}/{@code IMH_ES_PASSWORD}) and trusting
 * a private CA ({@code IMH_ES_CA_CERT}) when given.
 */
public final class ElasticsearchClients implements AutoCloseable {
    private final RestClient rest;
    private final ElasticsearchClient client;
    private final URI url;
    private final SSLContext ssl;
    private final BasicCredentialsProvider credentials;

    /** The socket timeout of a client that does not say: long, for bulk writes and index rebuilds. */
    private static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(60);

    /** An Elasticsearch without login, trusted by the JVM's own CAs (the local stack, tests). */
    public ElasticsearchClients(URI url) {
        this(url, new Login("", "", null), DEFAULT_SOCKET_TIMEOUT);
    }

    private ElasticsearchClients(URI url, Login login, Duration socketTimeout) {
        int connect = (int) Math.min(5_000, socketTimeout.toMillis());
        RestClientBuilder builder = RestClient.builder(HttpHost.create(url.toString()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(connect)
                        .setSocketTimeout((int) socketTimeout.toMillis()));
        SSLContext ssl = login.caCert() == null ? null : sslContext(login.caCert());
        BasicCredentialsProvider credentials = null;
        if (!login.username().isEmpty()) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(login.username(), login.password()));
        }
        BasicCredentialsProvider provider = credentials;
        this.url = url;
        this.ssl = ssl;
        this.credentials = credentials;
        if (ssl != null || provider != null) {
            builder.setHttpClientConfigCallback(http -> {
                if (ssl != null) {
                    http.setSSLContext(ssl);
                }
                if (provider != null) {
                    http.setDefaultCredentialsProvider(provider);
                }
                return http;
            });
        }
        this.rest = builder.build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(Json.mapper())));
    }

    /**
     * The client the configuration describes. A password is refused over plain http to another
     * machine (anyone on the way could read it).
     */
    public static ElasticsearchClients from(Settings settings) {
        return from(settings, DEFAULT_SOCKET_TIMEOUT);
    }

    /**
     * The client the configuration describes, waiting at most {@code socketTimeout} for a byte of an
     * answer (a process answering people, such as the search API, cannot wait a minute).
     */
    public static ElasticsearchClients from(Settings settings, Duration socketTimeout) {
        URI url = settings.get(ConfigKeys.ES_URL);
        Login login = new Login(settings.get(ConfigKeys.ES_USERNAME), settings.get(ConfigKeys.ES_PASSWORD),
                settings.find(ConfigKeys.ES_CA_CERT).orElse(null));
        if (!login.username().isEmpty() && !"https".equals(url.getScheme()) && !isLoopback(url.getHost())) {
            throw new ConfigException("IMH_ES_USERNAME is set but IMH_ES_URL (" + url
                    + ") is not https: the password would cross the network in clear text");
        }
        if (login.caCert() != null && !login.caCert().toFile().canRead()) {
            throw new ConfigException("IMH_ES_CA_CERT: cannot read " + login.caCert());
        }
        return new ElasticsearchClients(url, login, socketTimeout);
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** The low-level client, sharing the connection pool, login and TLS. */
    public RestClient rest() {
        return rest;
    }

    /**
     * A client that sends each request and reads its answer on the calling thread, with the same
     * login and TLS, at most {@code connections} at once: for a caller that must wait for the answer
     * anyway (a search answered to a person), where the asynchronous client would hand the request
     * to its I/O thread and the answer back, two thread switches each costing most under load. The
     * caller closes it.
     */
    public BlockingRequests blocking(int connections) {
        return new BlockingRequests(url, ssl, credentials, connections);
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }

    private static SSLContext sslContext(Path caCert) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(caCert.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("IMH_ES_CA_CERT: " + caCert + " is not a PEM certificate: " + e.getMessage());
        }
    }

    /** This machine, by name or literal address (no DNS lookup: a name could resolve anywhere). */
    static boolean isLoopback(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1"));
    }

    /** How to log in; {@code toString} never shows the password. */
    private record Login(String username, String password, Path caCert) {
        @Override
        public String toString() {
            return "Login[" + username + ", ca " + caCert + "]";
        }
    }
}
