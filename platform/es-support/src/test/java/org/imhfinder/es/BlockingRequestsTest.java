package org.imhfinder.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlockingRequestsTest {
    private final Set<Integer> connections = ConcurrentHashMap.newKeySet();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> encodings = new CopyOnWriteArrayList<>();
    private final CountDownLatch testOver = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        testOver.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void answersOnTheCallingThreadLoggedInUncompressedAndOverOneKeptConnection() throws Exception {
        serve();
        try (ElasticsearchClients es = clients(Map.of("IMH_ES_USERNAME", "imh-api", "IMH_ES_PASSWORD", "s3cret"));
             BlockingRequests requests = es.blocking(2)) {
            Thread caller = Thread.currentThread();
            for (int i = 0; i < 20; i++) {
                boolean readBody = i % 2 == 0; // an answer left unread must not cost its connection either
                String answer = requests.send("POST", "/programs/_search", "{\"size\":" + i + "}", 5_000, a -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    return a.status() + (readBody ? " " + new String(a.body().readAllBytes(), StandardCharsets.UTF_8) : "");
                });
                assertThat(answer).isEqualTo(readBody ? "200 {\"size\":" + i + "}" : "200");
            }
        }
        assertThat(connections).as("connections opened for 20 requests").hasSize(1);
        assertThat(authorizations).as("each request logged in from the first, none sent again after a 401")
                .hasSize(20).containsOnly("Basic " + Base64.getEncoder()
                        .encodeToString("imh-api:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(encodings).as("Accept-Encoding of each request: Elasticsearch compresses its answer to any that asks")
                .hasSize(20).containsOnly("null");
    }

    @Test
    void anAnswerTrickledPastTheDeadlineIsCutThere() throws Exception {
        serve();
        try (ElasticsearchClients es = clients(Map.of()); BlockingRequests requests = es.blocking(2)) {
            // a byte every 100 ms for 5 s: never silent long enough for the socket timeout alone to end it
            assertThatThrownBy(() -> requests.send("GET", "/trickle", null, 500, a -> a.body().readAllBytes()))
                    .isInstanceOf(BlockingRequests.Timeout.class).hasMessageContaining("500 ms");
            // and the next request is answered
            assertThat(requests.send("GET", "/_cluster/health", null, 5_000, BlockingRequests.Answer::status)).isEqualTo(200);
        }
    }

    private void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            connections.add(exchange.getRemoteAddress().getPort());
            byte[] request = exchange.getRequestBody().readAllBytes();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(auth));
            encodings.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (auth == null && exchange.getRequestURI().getPath().startsWith("/programs")) { // as a secured Elasticsearch does
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            if (exchange.getRequestURI().getPath().equals("/trickle")) {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    // a byte every 100 ms until the test is over (or the client cuts the connection)
                    for (int i = 0; i < 50 && !testOver.await(100, TimeUnit.MILLISECONDS); i++) {
                        out.write(' ');
                        out.flush();
                    }
                } catch (IOException | InterruptedException cut) {
                    // the client gave up: what the test wants
                }
                return;
            }
            exchange.sendResponseHeaders(200, request.length);
            exchange.getResponseBody().write(request);
            exchange.close();
        });
        server.start();
    }

    private ElasticsearchClients clients(Map<String, String> login) {
        Map<String, String> settings = new java.util.HashMap<>(login);
        settings.put("IMH_ES_URL", "http://127.0.0.1:" + server.getAddress().getPort());
        return ElasticsearchClients.from(Settings.of(settings));
    }
}
