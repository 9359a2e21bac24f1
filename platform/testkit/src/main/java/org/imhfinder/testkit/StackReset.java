package org.imhfinder.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.awaitility.Awaitility;
import org.imhfinder.localstack.TopicSetup;

/** Empties Kafka and Elasticsearch between test classes that need a clean slate. */
final class StackReset {
    private StackReset() {
    }

    static void reset(String bootstrap, URI elasticsearch) {
        resetKafka(bootstrap);
        resetElasticsearch(elasticsearch);
    }

    private static void resetKafka(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            @SuppressWarnings("deprecation")
            Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups.stream().map(ConsumerGroupListing::groupId).toList()).all()
                        .get(30, TimeUnit.SECONDS);
            }
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get(30, TimeUnit.SECONDS);
            if (!topics.isEmpty()) {
                admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
                Awaitility.await("topics deleted").atMost(Duration.ofSeconds(30)).until(() ->
                        admin.listTopics().names().get(10, TimeUnit.SECONDS).stream().noneMatch(topics::contains));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset Kafka at " + bootstrap + ": " + e.getMessage(), e);
        }
        TopicSetup.ensure(bootstrap);
    }

    private static void resetElasticsearch(URI url) {
        HttpClient http = HttpClient.newHttpClient();
        String indices = send(http, HttpRequest.newBuilder(url.resolve("/_cat/indices?h=index&expand_wildcards=all")).GET());
        String names = indices.lines().map(String::trim).filter(n -> !n.isEmpty() && !n.startsWith("."))
                .collect(java.util.stream.Collectors.joining(","));
        if (!names.isEmpty()) {
            send(http, HttpRequest.newBuilder(url.resolve("/" + names)).DELETE());
        }
        String templates = send(http, HttpRequest.newBuilder(url.resolve("/_cat/templates?h=name")).GET());
        templates.lines().map(String::trim).filter(n -> n.startsWith("imh"))
                .forEach(name -> send(http, HttpRequest.newBuilder(url.resolve("/_index_template/" + name)).DELETE()));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 404) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot reach Elasticsearch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
