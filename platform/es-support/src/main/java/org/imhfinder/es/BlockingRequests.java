package org.imhfinder.es;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHost;
import org.apache.http.client.AuthCache;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.auth.BasicScheme;
import org.apache.http.impl.client.BasicAuthCache;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * Requests to Elasticsearch sent and answered on the calling thread (Apache HttpClient's classic,
 * blocking client over a connection pool), each within a deadline for the whole exchange: the
 * socket and connect timeouts bound each wait but not their sum (a server trickling bytes), so a
 * request still running at its deadline is aborted, and the caller gets a {@link Timeout}.
 */
public final class BlockingRequests implements AutoCloseable {
    /** Longest wait to open a connection: Elasticsearch is near, a slow connect means it is not there. */
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final URI url;
    private final CloseableHttpClient http;
    private final AuthCache preemptive;
    private final ScheduledExecutorService deadlines;

    BlockingRequests(URI url, SSLContext ssl, CredentialsProvider credentials, int connections) {
        this.url = url;
        HttpClientBuilder builder = HttpClients.custom().setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                .disableCookieManagement().disableAutomaticRetries().disableRedirectHandling()
                // no "Accept-Encoding: gzip": Elasticsearch would compress every answer (it does by default over HTTP),
                // at a cost in its CPU, and this client's to inflate it, for a hop that is local or within a network
                .disableContentCompression()
                .useSystemProperties();
        if (ssl != null) {
            builder.setSSLContext(ssl);
        }
        this.preemptive = new BasicAuthCache();
        if (credentials != null) {
            builder.setDefaultCredentialsProvider(credentials);
            // log in with the first request, as the REST client does, rather than after a 401 to each
            preemptive.put(new HttpHost(url.getHost(), url.getPort(), url.getScheme()), new BasicScheme());
        }
        this.http = builder.build();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "imh-es-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true); // most deadlines are cancelled: the answer came in time
        this.deadlines = timer;
    }

    /** An answer: its status and its body, read by the caller before the deadline. */
    public interface Answer {
        int status();

        InputStream body() throws IOException;

        /** The body as text, for a refusal's reason; at most the first {@code max} characters. */
        String text(int max) throws IOException;
    }

    /** What the caller does with an answer, on the calling thread, within the deadline. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Answer answer) throws IOException;
    }

    /** The request was still running at its deadline, and was aborted. */
    public static final class Timeout extends IOException {
        private static final long serialVersionUID = 1L;

        Timeout(long millis) {
            super("no whole answer from Elasticsearch within " + millis + " ms");
        }
    }

    /**
     * Sends {@code method path} with the JSON body (none when null) and hands the answer to
     * {@code reader}, all within {@code millis}; {@link Timeout} past it.
     */
    public <T> T send(String method, String pathAndQuery, String json, long millis, Reader<T> reader) throws IOException {
        int timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
        RequestBuilder builder = RequestBuilder.create(method).setUri(url.resolve(pathAndQuery))
                .setConfig(RequestConfig.custom().setConnectTimeout(Math.min(timeout, CONNECT_TIMEOUT_MS))
                        .setSocketTimeout(timeout).setConnectionRequestTimeout(timeout).build());
        if (json != null) {
            builder.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        }
        HttpRequestBase request = (HttpRequestBase) builder.build();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            expired.set(true);
            request.abort();
        }, timeout, TimeUnit.MILLISECONDS);
        HttpClientContext context = HttpClientContext.create();
        context.setAuthCache(preemptive);
        try (CloseableHttpResponse response = http.execute(request, context)) {
            try {
                return reader.read(answer(response));
            } finally {
                EntityUtils.consumeQuietly(response.getEntity()); // what is left unread: the connection goes back to the pool
            }
        } catch (IOException | RuntimeException e) {
            if (expired.get() || e instanceof java.net.SocketTimeoutException
                    || e instanceof org.apache.http.conn.ConnectionPoolTimeoutException) {
                throw new Timeout(timeout);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private static Answer answer(CloseableHttpResponse response) {
        return new Answer() {
            @Override
            public int status() {
                return response.getStatusLine().getStatusCode();
            }

            @Override
            public InputStream body() throws IOException {
                return response.getEntity().getContent();
            }

            @Override
            public String text(int max) throws IOException {
                String text = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
                return text.length() > max ? text.substring(0, max) + "..." : text;
            }
        };
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }
}
