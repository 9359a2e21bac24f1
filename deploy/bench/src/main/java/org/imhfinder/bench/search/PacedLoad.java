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
 */
final class PacedLoad {
    private final HttpClient http;
    private final int concurrency;

    /** Latencies in milliseconds, and the requests that failed (an exception or a status other than 200). */
    record Outcome(double[] millis, int errors) {
    }

    PacedLoad(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    Outcome run(List<HttpRequest> requests, int perSecond, Duration duration) throws InterruptedException {
        int count = (int) (perSecond * duration.toMillis() / 1000);
        double[] millis = new double[count];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime() + 20_000_000L;
        try {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                int n = i;
                clients.execute(() -> millis[n] = send(requests.get(n % requests.size()), due, errors));
            }
        } finally {
            clients.shutdown();
            clients.awaitTermination(2, TimeUnit.MINUTES);
        }
        return new Outcome(millis, errors.get());
    }

    private double send(HttpRequest request, long due, AtomicInteger errors) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        return (System.nanoTime() - due) / 1e6;
    }
}
