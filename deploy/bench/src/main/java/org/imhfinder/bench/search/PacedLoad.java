package org.imhfinder.bench.search;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests at a fixed rate (an open loop: the schedule does not wait for answers) served by a
 * fixed number of clients. Each latency is counted from when the request was due, not from when
 * a client was free to send it, so a server that falls behind shows it (no coordinated omission).
 * The run is bounded: what is not answered a few seconds after the schedule ends is given up,
 * counted as not served, with the time it had waited as its latency.
 */
final class PacedLoad {
    private final HttpClient http;
    private final int concurrency;

    private static final Duration GRACE = Duration.ofSeconds(5);

    /**
     * Latencies in milliseconds, the requests that failed (an exception or a status other than
     * 200), and those not served by the end of the run (included in the latencies as lower bounds);
     * for answers that said so in {@code Server-Timing}, the server's own time ({@code api}, NaN
     * where not said), its wait on Elasticsearch ({@code es}) and how many came from its cache; and
     * each request's round trip from when it was sent (not due) to its answer, so the time outside
     * what the server measured (the HTTP hop, the server's threads) can be told apart.
     */
    record Outcome(double[] millis, int errors, int notServed, double[] serverMillis, int cached, double[] esMillis,
                   double[] roundTrips) {
        /** The server's own times that were said. */
        double[] serverTimes() {
            return java.util.Arrays.stream(serverMillis).filter(d -> !Double.isNaN(d)).toArray();
        }

        /** For answers that said both: round trip less the server's own time and its wait on Elasticsearch. */
        double[] outsideServer() {
            return java.util.stream.IntStream.range(0, roundTrips.length)
                    .filter(i -> !Double.isNaN(serverMillis[i]) && !Double.isNaN(esMillis[i]) && !Double.isNaN(roundTrips[i]))
                    .mapToDouble(i -> roundTrips[i] - serverMillis[i] - esMillis[i]).toArray();
        }

        /** The server's waits on Elasticsearch that were said. */
        double[] esTimes() {
            return java.util.Arrays.stream(esMillis).filter(d -> !Double.isNaN(d)).toArray();
        }

        /** The round trips of the requests answered. */
        double[] answeredRoundTrips() {
            return java.util.Arrays.stream(roundTrips).filter(d -> !Double.isNaN(d)).toArray();
        }
    }

    private static final java.util.regex.Pattern API_TIME = java.util.regex.Pattern.compile("(?:^|,)\\s*api;dur=([0-9.]+)");
    private static final java.util.regex.Pattern ES_TIME = java.util.regex.Pattern.compile("(?:^|,)\\s*es;dur=([0-9.]+)");

    PacedLoad(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    Outcome run(List<HttpRequest> requests, int perSecond, Duration duration) throws InterruptedException {
        int count = (int) (perSecond * duration.toMillis() / 1000);
        double[] millis = new double[count];
        java.util.Arrays.fill(millis, Double.NaN);
        long[] dues = new long[count];
        double[] server = new double[count];
        java.util.Arrays.fill(server, Double.NaN);
        double[] es = new double[count];
        java.util.Arrays.fill(es, Double.NaN);
        double[] trips = new double[count];
        java.util.Arrays.fill(trips, Double.NaN);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger cached = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime() + 20_000_000L;
        try {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                dues[i] = due;
                LockSupport.parkNanos(due - System.nanoTime());
                int n = i;
                clients.execute(() -> millis[n] = send(requests.get(n % requests.size()), due, errors, trip -> trips[n] = trip,
                        answer -> {
                    answer.firstValue("Server-Timing").ifPresent(timing -> {
                        java.util.regex.Matcher api = API_TIME.matcher(timing);
                        if (api.find()) {
                            server[n] = Double.parseDouble(api.group(1));
                        }
                        java.util.regex.Matcher wait = ES_TIME.matcher(timing);
                        if (wait.find()) {
                            es[n] = Double.parseDouble(wait.group(1));
                        }
                        if (timing.contains("cache;desc=hit")) {
                            cached.incrementAndGet();
                        }
                    });
                }));
            }
        } finally {
            clients.shutdown();
            if (!clients.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                clients.shutdownNow();
                clients.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return new Outcome(millis, errors.get(), givenUp(millis, dues, System.nanoTime()), server, cached.get(), es, trips);
    }

    /** Fills in the requests never answered, with how long they had waited; returns how many. */
    static int givenUp(double[] millis, long[] dues, long now) {
        int notServed = 0;
        for (int i = 0; i < millis.length; i++) {
            if (Double.isNaN(millis[i])) {
                millis[i] = (now - dues[i]) / 1e6;
                notServed++;
            }
        }
        return notServed;
    }

    private double send(HttpRequest request, long due, AtomicInteger errors, java.util.function.DoubleConsumer roundTrip,
                        java.util.function.Consumer<java.net.http.HttpHeaders> headers) {
        try {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            } else {
                roundTrip.accept((System.nanoTime() - sent) / 1e6);
                headers.accept(response.headers());
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        return (System.nanoTime() - due) / 1e6;
    }
}
