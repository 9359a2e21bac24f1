package org.imhfinder.bench.recheck;

import java.util.Locale;
import java.util.Map;

/** The simulation's result as people read it: the web, the two strategies side by side, and the adaptive one's checks by reason. */
final class RecheckTable {
    private RecheckTable() {
    }

    static String of(RecheckSimulation.Result result) {
        StringBuilder out = new StringBuilder();
        RecheckSimulation.Spec spec = result.spec();
        out.append(String.format(Locale.ROOT, "Re-check simulation: seed %d, %d hosts, %d pages (%d listings), %d days (after %d unmeasured), "
                        + "budget %d requests/host/day, look every %s; %.1f s%n", spec.seed(), spec.hosts(), result.pages(),
                result.listings(), spec.span().toDays(), RecheckSimulation.WARM_UP.toDays(), spec.policy().budget(), spec.policy().every(), result.seconds()));
        out.append("Pages by change process: ").append(result.mix()).append("\n\n");
        String row = "%-44s %14s %14s %8s%n";
        out.append(String.format(Locale.ROOT, row, "measure", "adaptive", "uniform", "ratio"));
        RecheckSimulation.Outcome a = result.adaptive();
        RecheckSimulation.Outcome u = result.uniform();
        FreshnessMeter.Result fa = a.freshness();
        FreshnessMeter.Result fu = u.freshness();
        out.append(String.format(Locale.ROOT, row, "requests", a.requests(), u.requests(), ratio(u.requests(), a.requests())));
        out.append(String.format(Locale.ROOT, row, "requests that found a change", a.changesFound(), u.changesFound(),
                ratio(a.changesFound(), u.changesFound())));
        out.append(String.format(Locale.ROOT, row, "most requests to one host in 24 h", a.busiestHostDay(), u.busiestHostDay(), "-"));
        out.append(String.format(Locale.ROOT, row, "stale listings (time-averaged share)", percent(fa.staleShare()),
                percent(fu.staleShare()), ratio(fu.staleShare(), fa.staleShare())));
        out.append(String.format(Locale.ROOT, row, "mean age of a stale fact (days)", days(fa.meanStaleAgeDays()),
                days(fu.meanStaleAgeDays()), ratio(fu.meanStaleAgeDays(), fa.meanStaleAgeDays())));
        for (ChangeProcess process : fa.staleShareBy().keySet()) {
            out.append(String.format(Locale.ROOT, row, "  stale, " + process.name().toLowerCase(Locale.ROOT) + " pages",
                    percent(fa.staleShareBy().get(process)), percent(fu.staleShareBy().getOrDefault(process, 0.0)),
                    ratio(fu.staleShareBy().getOrDefault(process, 0.0), fa.staleShareBy().get(process))));
        }
        for (Map.Entry<ChangeProcess, Integer> process : result.mix().entrySet()) {
            double years = spec.span().toDays() / 365.0;
            out.append(String.format(Locale.ROOT, row, "  checks a page a year, " + process.getKey().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.1f", a.byProcess().get(process.getKey()) / years / process.getValue()),
                    String.format(Locale.ROOT, "%.1f", u.byProcess().get(process.getKey()) / years / process.getValue()), "-"));
        }
        out.append(String.format(Locale.ROOT, row, "listing-hours AGING (share)", percent(fa.agingShare()),
                percent(fu.agingShare()), "-"));
        out.append(String.format(Locale.ROOT, row, "deadline days", fa.deadlineDays(), fu.deadlineDays(), "-"));
        out.append(String.format(Locale.ROOT, row, "  shown wrong on the day (any)", fa.deadlinesWrong(), fu.deadlinesWrong(), "-"));
        out.append(String.format(Locale.ROOT, row, "  shown wrong, announced >= 1 day ahead", fa.deadlinesWrongAnnouncedAhead(),
                fu.deadlinesWrongAnnouncedAhead(), "-"));
        out.append("\nAdaptive checks by reason (found a change):");
        for (Map.Entry<String, long[]> reason : a.byReason().entrySet()) {
            out.append(String.format(Locale.ROOT, " %s %d (%d)", reason.getKey(), reason.getValue()[0], reason.getValue()[1]));
        }
        out.append("\nRatio: uniform / adaptive (for requests that found a change: adaptive / uniform); above 1 favours adaptive.\n");
        return out.toString();
    }

    private static String ratio(double better, double worse) {
        return worse == 0 ? "-" : String.format(Locale.ROOT, "%.2f", better / worse);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    private static String days(double days) {
        return String.format(Locale.ROOT, "%.2f", days);
    }
}
