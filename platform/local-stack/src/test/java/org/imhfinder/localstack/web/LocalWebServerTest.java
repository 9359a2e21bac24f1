package org.imhfinder.localstack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalWebServerTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private LocalWebServer server;
    private Site site;

    @BeforeEach
    void serve(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("endorsement"));
        Files.writeString(root.resolve("index.html"), "<h1>Home</h1>");
        Files.writeString(root.resolve("endorsement/index.html"), "<h1>Endorsement</h1>");
        Files.writeString(root.resolve("page-18104"), "<h1>Wild Apricot page</h1>");
        Files.writeString(root.resolve("index.php@option=com_content&id=7"), "<h1>Joomla article</h1>");
        Files.write(root.resolve("legacy.html"), "<h1>Caf\u00e9</h1>".getBytes("windows-1252"));
        Files.writeString(root.resolve("legacy.html.headers"), "Content-Type: text/html\n");
        server = new LocalWebServer();
        site = server.serve("test", SiteContent.directory(root));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFoldersFilesWithoutExtensionAndQueryNamedFiles() throws Exception {
        assertThat(get("/").body()).contains("Home");
        assertThat(get("/endorsement/").body()).contains("Endorsement");
        assertThat(get("/endorsement").body()).contains("Endorsement");
        assertThat(get("/page-18104").body()).contains("Wild Apricot");
        assertThat(get("/index.php?option=com_content&id=7").body()).contains("Joomla");
        assertThat(get("/missing").statusCode()).isEqualTo(404);
    }

    @Test
    void sidecarHeadersReplaceTheDefaults() throws Exception {
        assertThat(get("/legacy.html").headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(get("/").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void conditionalRequestsGetNotModified() throws Exception {
        HttpResponse<String> first = get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(site.uri("/")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<String> since = http.send(HttpRequest.newBuilder(site.uri("/"))
                .header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(since.statusCode()).isEqualTo(304);
    }

    @Test
    void aSiteThatIgnoresConditionalRequestsAnswersEveryOneInFull() throws Exception {
        String etag = get("/").headers().firstValue("ETag").orElseThrow();
        site.answerConditionalRequests(false);

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(site.uri("/")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(get("/").body()).isNotEmpty();
    }

    @Test
    void scriptedAnswersPlayInOrderAndTheLastRepeats() throws Exception {
        site.respond("/flaky", Response.status(503), Response.html("<h1>Back</h1>"));
        site.respond("/old", Response.redirect(301, "/endorsement/"));

        assertThat(get("/flaky").statusCode()).isEqualTo(503);
        assertThat(get("/flaky").statusCode()).isEqualTo(200);
        assertThat(get("/flaky").statusCode()).isEqualTo(200);
        assertThat(get("/old").headers().firstValue("Location")).hasValue("/endorsement/");
    }

    @Test
    void everyRequestIsRecordedWithItsHeadersAndStatus() throws Exception {
        http.send(HttpRequest.newBuilder(site.uri("/endorsement/")).header("User-Agent", "test-agent").build(),
                HttpResponse.BodyHandlers.ofString());
        get("/missing");

        assertThat(site.requests()).extracting(RecordedRequest::target, RecordedRequest::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/endorsement/", 200),
                        org.assertj.core.groups.Tuple.tuple("/missing", 404));
        assertThat(site.requests().get(0).header("User-Agent")).isEqualTo("test-agent");
    }

    @Test
    void eachSiteIsItsOwnHost() {
        Site other = server.serve("other", SiteContent.classpath("nothing-here"));
        assertThat(other.authority()).isNotEqualTo(site.authority()).startsWith("127.0.0.1:");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(site.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
