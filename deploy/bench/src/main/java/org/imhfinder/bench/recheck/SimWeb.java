package org.imhfinder.bench.recheck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A web of provider sites whose pages change by known processes ({@link ChangeProcess}), drawn from
 * a seed: the same seed gives the same web and the same changes. Each host is one source, of one
 * kind of provider, with its own mix of pages:
 * <pre>
 *   association (40% of hosts):  rare 75%, monthly 10%, deadline  8%,             hub  7%
 *   university  (30%):           rare 20%, yearly 40%,  deadline 30%,             hub 10%
 *   non-profit  (30%):           rare 35%, monthly 30%, deadline 25%, weekly 2%,  hub  8%
 * </pre>
 * Host sizes are drawn between {@code minPages} and {@code maxPages}. Changes are drawn for the
 * simulated span and a month beyond it.
 */
final class SimWeb {
    static final long DAY = Duration.ofDays(1).toMillis();
    static final long HOUR = Duration.ofHours(1).toMillis();

    /** The kinds of provider, with the share of hosts and the mix of their pages. */
    enum Provider {
        ASSOCIATION(0.4, mix(75, 0, 10, 8, 0, 7)),
        UNIVERSITY(0.3, mix(20, 40, 0, 30, 0, 10)),
        NONPROFIT(0.3, mix(35, 0, 30, 25, 2, 8));

        final double share;
        final Map<ChangeProcess, Integer> pages;

        Provider(double share, Map<ChangeProcess, Integer> pages) {
            this.share = share;
            this.pages = pages;
        }
    }

    final List<SimPage> pages;
    final Map<String, Provider> providers;

    private SimWeb(List<SimPage> pages, Map<String, Provider> providers) {
        this.pages = pages;
        this.providers = providers;
    }

    static SimWeb generate(long seed, int hosts, int minPages, int maxPages, Instant start, Duration span) {
        Random random = new Random(seed);
        long t0 = start.toEpochMilli();
        long end = t0 + span.toMillis() + 30 * DAY;
        List<SimPage> pages = new ArrayList<>();
        Map<String, Provider> providers = new java.util.LinkedHashMap<>();
        for (int h = 0; h < hosts; h++) {
            Provider provider = provider(random.nextDouble());
            String host = "site-" + h + ".example.org";
            providers.put(host, provider);
            int count = minPages + random.nextInt(maxPages - minPages + 1);
            int updateDay = random.nextInt(365); // when a university posts next year's details
            for (int i = 0; i < count; i++) {
                ChangeProcess process = pick(provider, random.nextInt(100));
                Changes changes = changes(process, random, t0, end, updateDay);
                pages.add(new SimPage(pages.size(), "source-" + h, host, "https://" + host + "/p/" + i, process,
                        changes.times(), changes.deadlines()));
            }
        }
        return new SimWeb(List.copyOf(pages), providers);
    }

    private static Provider provider(double draw) {
        double sum = 0;
        for (Provider provider : Provider.values()) {
            sum += provider.share;
            if (draw < sum) {
                return provider;
            }
        }
        return Provider.NONPROFIT;
    }

    private static ChangeProcess pick(Provider provider, int percent) {
        int sum = 0;
        for (Map.Entry<ChangeProcess, Integer> share : provider.pages.entrySet()) {
            sum += share.getValue();
            if (percent < sum) {
                return share.getKey();
            }
        }
        return ChangeProcess.RARE;
    }

    /** A page's changes: times ascending, and the deadline shown before the first and after each. */
    record Changes(long[] times, LocalDate[] deadlines) {
    }

    private static Changes changes(ChangeProcess process, Random random, long t0, long end, int updateDay) {
        List<long[]> events = new ArrayList<>(); // {time, deadline epoch day or Long.MIN_VALUE for "unchanged"}
        LocalDate first = null;
        switch (process) {
            case RARE -> poisson(events, random, t0, end, 365 + random.nextDouble() * 735);
            case YEARLY -> {
                yearly(events, random, t0, end, updateDay);
                poisson(events, random, t0, end, 500);
            }
            case MONTHLY -> monthly(events, random, t0, end);
            case DEADLINE -> {
                first = deadlines(events, random, t0, end);
                poisson(events, random, t0, end, 365);
            }
            case WEEKLY -> poisson(events, random, t0, end, 10);
            case HUB -> poisson(events, random, t0, end, 90);
        }
        Collections.sort(events, (a, b) -> Long.compare(a[0], b[0]));
        long[] times = new long[events.size()];
        LocalDate[] deadlines = new LocalDate[events.size() + 1];
        deadlines[0] = first;
        for (int i = 0; i < times.length; i++) {
            times[i] = events.get(i)[0];
            long deadline = events.get(i)[1];
            deadlines[i + 1] = deadline == Long.MIN_VALUE ? deadlines[i] : LocalDate.ofEpochDay(deadline);
        }
        return new Changes(times, deadlines);
    }

    private static void poisson(List<long[]> events, Random random, long t0, long end, double meanDays) {
        for (long t = t0 + exp(random, meanDays); t < end; t += exp(random, meanDays)) {
            events.add(new long[] {t, Long.MIN_VALUE});
        }
    }

    private static void yearly(List<long[]> events, Random random, long t0, long end, int updateDay) {
        LocalDate year = LocalDate.ofEpochDay(t0 / DAY).withDayOfYear(1).minusYears(1);
        for (; year.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() < end; year = year.plusYears(1)) {
            long t = year.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + updateDay * DAY
                    + (long) (random.nextGaussian() * 10 * DAY) + random.nextInt(24) * HOUR;
            if (t > t0 && t < end) {
                events.add(new long[] {t, Long.MIN_VALUE});
            }
        }
    }

    private static void monthly(List<long[]> events, Random random, long t0, long end) {
        for (long t = t0 + (long) (random.nextDouble() * 30 * DAY); t < end;
             t += (long) Math.max(20, 30 + random.nextGaussian() * 4) * DAY + random.nextInt(24) * HOUR) {
            events.add(new long[] {t, Long.MIN_VALUE});
        }
    }

    /**
     * A cohort page: deadlines every half year or year. Before a deadline, one time in three an
     * extension of one to three weeks is announced, most often one to fourteen days ahead, now and
     * then (15%) only hours ahead; one to thirty days after the (last) deadline the next cohort's
     * deadline goes up. Returns the deadline the page shows at the start.
     */
    private static LocalDate deadlines(List<long[]> events, Random random, long t0, long end) {
        int cadence = random.nextBoolean() ? 182 : 365;
        LocalDate deadline = LocalDate.ofEpochDay(t0 / DAY + 10 + random.nextInt(cadence));
        LocalDate first = deadline;
        while (day(deadline) < end) {
            if (random.nextDouble() < 0.35) {
                long announced = random.nextDouble() < 0.15
                        ? day(deadline) - (2 + random.nextInt(19)) * HOUR
                        : day(deadline) - (1 + random.nextInt(14)) * DAY - random.nextInt(24) * HOUR;
                if (announced > t0) {
                    deadline = deadline.plusDays(7 + random.nextInt(15));
                    events.add(new long[] {announced, deadline.toEpochDay()});
                }
            }
            long posted = day(deadline) + (1 + random.nextInt(30)) * DAY + random.nextInt(24) * HOUR;
            deadline = deadline.plusDays(cadence);
            events.add(new long[] {posted, deadline.toEpochDay()});
        }
        return first;
    }

    private static long day(LocalDate date) {
        return date.toEpochDay() * DAY;
    }

    private static long exp(Random random, double meanDays) {
        return (long) (-Math.log(1 - random.nextDouble()) * meanDays * DAY);
    }

    private static Map<ChangeProcess, Integer> mix(int rare, int yearly, int monthly, int deadline, int weekly, int hub) {
        Map<ChangeProcess, Integer> mix = new EnumMap<>(ChangeProcess.class);
        mix.put(ChangeProcess.RARE, rare);
        mix.put(ChangeProcess.YEARLY, yearly);
        mix.put(ChangeProcess.MONTHLY, monthly);
        mix.put(ChangeProcess.DEADLINE, deadline);
        mix.put(ChangeProcess.WEEKLY, weekly);
        mix.put(ChangeProcess.HUB, hub);
        return mix;
    }
}
