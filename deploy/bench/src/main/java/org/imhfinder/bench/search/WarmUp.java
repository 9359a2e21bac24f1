package org.imhfinder.bench.search;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imhfinder.bench.run.JitCompiler;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;

/**
 * Before the search pair measures anything, the mix is sent through the API and straight to
 * Elasticsearch, in turn, as fast as the clients go, block after block, until the JVM compiles
 * for less than {@value #QUIET_SHARE} of a block's time (or {@value #MOST_BLOCKS} blocks have
 * run). A search API serving people runs warm; a few dozen requests leave Camel's, Vert.x's,
 * Jackson's and the API's own code to the compiler for thousands more, at several times the steady
 * CPU per search, on the cores Elasticsearch needs (measured: 4 to 7 ms of compiling per search
 * through the API after 50 requests, 0.2 ms after 3,000).
 */
record WarmUp(int requests, double seconds, double lastShare) {
    static final double QUIET_SHARE = 0.05;
    static final int BLOCK = 500;
    static final int MOST_BLOCKS = 12;

    static WarmUp run(HttpClient http, List<HttpRequest> viaApi, List<HttpRequest> direct, Scale scale, Progress progress)
            throws InterruptedException {
        int block = Math.min(BLOCK, scale.searchSeconds() * 25); // a quick run checks the instrument, no more
        long started = System.nanoTime();
        int sent = 0;
        double share = 1;
        int most = scale.warmUntilQuiet() ? MOST_BLOCKS : 1;
        for (int b = 1; b <= most && share > QUIET_SHARE; b++) {
            long compiled = JitCompiler.compilingMs();
            long blockStarted = System.nanoTime();
            send(http, viaApi, direct, sent, block, scale.searchConcurrency());
            sent += block;
            share = JitCompiler.shareSince(compiled, blockStarted);
            progress.say(SearchPair.PAIR, "warm-up: %,d searches each way, the JVM compiling for %.0f%% of the last block's time",
                    sent, share * 100);
        }
        return new WarmUp(sent, (System.nanoTime() - started) / 1e9, share);
    }

    /** {@code count} requests each way from {@code offset} in the mix, by {@code clients} clients in a closed loop. */
    private static void send(HttpClient http, List<HttpRequest> viaApi, List<HttpRequest> direct, int offset, int count,
                             int clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    quietly(http, viaApi.get((offset + i) % viaApi.size()));
                    quietly(http, direct.get((offset + i) % direct.size()));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }

    /** A warm-up request: what it answers does not matter here (the measured runs count failures). */
    private static void quietly(HttpClient http, HttpRequest request) {
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // counted where it matters: in the measured runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "after a warm-up of %,d searches each way (%.0f s; compiling %.0f%% of its last block)",
                requests, seconds, lastShare * 100);
    }
}
