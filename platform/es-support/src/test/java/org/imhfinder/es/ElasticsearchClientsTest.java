package org.imhfinder.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.elasticsearch.client.Request;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchClientsTest {

    @Test
    void logsInWithTheConfiguredUserWhenElasticsearchAsks() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(auth));
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            if (auth == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try (ElasticsearchClients es = ElasticsearchClients.from(Settings.of(Map.of(
                "IMH_ES_URL", "http://127.0.0.1:" + server.getAddress().getPort(),
                "IMH_ES_USERNAME", "imh-pipeline", "IMH_ES_PASSWORD", "s3cret")))) {
            int status = es.rest().performRequest(new Request("GET", "/")).getStatusLine().getStatusCode();

            assertThat(status).isEqualTo(200);
            assertThat(authorizations).contains("Basic " + Base64.getEncoder()
                    .encodeToString("imh-pipeline:s3cret".getBytes(StandardCharsets.UTF_8)));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPasswordIsRefusedOverPlainHttpToAnotherMachine() {
        Settings settings = Settings.of(Map.of("IMH_ES_URL", "http://es.example.org:9200",
                "IMH_ES_USERNAME", "imh-pipeline", "IMH_ES_PASSWORD", "s3cret"));

        assertThatThrownBy(() -> ElasticsearchClients.from(settings)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_ES_URL").hasMessageContaining("https").hasMessageNotContaining("s3cret");
    }

    @Test
    void aCaFileThatIsNotACertificateIsRefusedNamingTheSetting(@TempDir Path dir) throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.crt"), "not a certificate");
        Settings settings = Settings.of(Map.of("IMH_ES_URL", "https://es.example.org:9200", "IMH_ES_CA_CERT", notPem.toString()));

        assertThatThrownBy(() -> ElasticsearchClients.from(settings)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_ES_CA_CERT");
    }

    @Test
    void aMissingCaFileIsRefusedNamingTheSetting(@TempDir Path dir) {
        Settings settings = Settings.of(Map.of("IMH_ES_URL", "https://es.example.org:9200",
                "IMH_ES_CA_CERT", dir.resolve("missing.crt").toString()));

        assertThatThrownBy(() -> ElasticsearchClients.from(settings)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_ES_CA_CERT");
    }
}
