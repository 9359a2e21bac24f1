package org.imhfinder.bench.recheck;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.recheck.RecheckPolicy;

/**
 * The re-check schedule measured: a generated web ({@link SimWeb}) crawled over a simulated span,
 * once by the crawler's schedule ({@link AdaptiveStrategy}, within a per-host budget) and once by a
 * uniform schedule spending the same requests on every host ({@link UniformStrategy}), each
 * against its own simulated index ({@link SimIndex}), measured the same way ({@link FreshnessMeter}).
 * Time moves in the crawler's own steps ({@code IMH_RECHECK_EVERY}); the index is sampled hourly, and
 * requests counted, over the span after a {@link #WARM_UP}.
 */
public final class RecheckSimulation {
    static final Instant START = Instant.parse("2027-01-05T00:00:00Z");
    /**
     * Both schedules run this long before the measured span, unmeasured: a crawler that has run for a
     * while knows its pages' histories (and the uniform one has its rhythm), as a deployed one would.
     */
    static final Duration WARM_UP = Duration.ofDays(90);
    static final Duration LATENCY = Duration.ofMinutes(10);
    static final Duration CURATOR_DELAY = Duration.ofDays(3);
    static final Duration AGING_AFTER = Duration.ofDays(30);

    /** The simulation's shape. */
    public record Spec(long seed, int hosts, int minPages, int maxPages, Duration span, RecheckPolicy policy) {
    }

    /** One strategy's figures. */
    public record Outcome(String strategy, long requests, long changesFound, int busiestHostDay,
                          FreshnessMeter.Result freshness, Map<String, long[]> byReason, Map<ChangeProcess, Long> byProcess) {
    }

    /** Both strategies' figures, and the web they were measured on. */
    public record Result(Spec spec, int pages, int listings, Map<ChangeProcess, Integer> mix, Outcome adaptive,
                         Outcome uniform, double seconds) {
    }

    private RecheckSimulation() {
    }

    public static Result run(Spec spec) {
        long started = System.nanoTime();
        SimWeb web = SimWeb.generate(spec.seed(), spec.hosts(), spec.minPages(), spec.maxPages(), START, WARM_UP.plus(spec.span()));
        long from = START.plus(WARM_UP).toEpochMilli();
        AdaptiveStrategy adaptive = new AdaptiveStrategy(web.pages, spec.policy(), from);
        Outcome adaptiveOutcome = run(web, adaptive, spec);
        Map<String, Long> perHost = new HashMap<>();
        web.providers.keySet().forEach(host -> perHost.put(host, adaptive.requests().of(host)));
        UniformStrategy uniform = new UniformStrategy(web.pages, perHost, spec.span().toMillis(), START.toEpochMilli(),
                from + spec.span().toMillis(), from);
        Outcome uniformOutcome = run(web, uniform, spec);
        Map<ChangeProcess, Integer> mix = new java.util.EnumMap<>(ChangeProcess.class);
        web.pages.forEach(p -> mix.merge(p.process, 1, Integer::sum));
        return new Result(spec, web.pages.size(), (int) web.pages.stream().filter(SimPage::listing).count(), mix,
                adaptiveOutcome, uniformOutcome, (System.nanoTime() - started) / 1e9);
    }

    private static Outcome run(SimWeb web, Strategy strategy, Spec spec) {
        SimIndex index = new SimIndex(web.pages, LATENCY, CURATOR_DELAY, AGING_AFTER, strategy::hint);
        FreshnessMeter meter = new FreshnessMeter(web.pages, AGING_AFTER.toMillis());
        long t0 = START.toEpochMilli();
        long from = t0 + WARM_UP.toMillis();
        long end = from + spec.span().toMillis();
        long step = spec.policy().every().toMillis();
        strategy.start(t0, index);
        long nextSample = t0;
        for (long t = t0 + step; t <= end; t += step) {
            for (; nextSample < t; nextSample += SimWeb.HOUR) {
                index.advanceTo(nextSample);
                if (nextSample >= from) {
                    meter.sample(nextSample, index);
                }
            }
            index.advanceTo(t);
            strategy.tick(t, index);
        }
        Requests requests = strategy.requests();
        Map<ChangeProcess, Long> byProcess = new java.util.EnumMap<>(ChangeProcess.class);
        for (ChangeProcess process : ChangeProcess.values()) {
            byProcess.put(process, requests.of(process));
        }
        return new Outcome(strategy.name(), requests.total(), requests.changed(), requests.busiestDay(), meter.result(),
                requests.byReason(), byProcess);
    }

    /** The pages of the web a spec generates, by process (for tests). */
    static List<SimPage> pages(Spec spec) {
        return SimWeb.generate(spec.seed(), spec.hosts(), spec.minPages(), spec.maxPages(), START, WARM_UP.plus(spec.span())).pages;
    }
}
