package org.imhfinder.runtime.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.kafka.KafkaConsumer;
import org.apache.camel.component.kafka.TaskHealthState;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether every stage's Kafka consumer routes still consume, for {@code /ready} and
 * {@code /health}: each route's status (stopped after it had started), its poll loops (ended by
 * an {@link Error} thrown past Camel), what Camel gave up on, an exception caused by an
 * {@link Error} in a record's processing, a consumer that has not polled for longer than
 * {@code IMH_CONSUMER_STUCK_AFTER} while records wait (a record in processing that long
 * included), and a group whose offsets have not moved for that long while records wait.
 * {@link ConsumerVerdict} decides which of these a restart mends.
 */
public final class ConsumerHealth {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerHealth.class);
    static final String READY_ID = "consumers-working";
    static final String ALIVE_ID = "consumers-alive";

    private final CamelContext camel;
    private final ConsumerWatch watch;
    private final ConsumerLag lag;
    private final Duration bound;
    private final Clock clock;
    private final Set<String> everStarted = ConcurrentHashMap.newKeySet();
    private final Map<String, String> jvmErrors = new ConcurrentHashMap<>();

    private ConsumerHealth(CamelContext camel, ConsumerWatch watch, ConsumerLag lag, Duration bound, Clock clock) {
        this.camel = camel;
        this.watch = watch;
        this.lag = lag;
        this.bound = bound;
        this.clock = clock;
    }

    /** Adds the two checks and what feeds them to a context whose Kafka component uses {@code watch}. */
    public static void install(CamelContext camel, Settings settings, ConsumerWatch watch) throws Exception {
        Duration bound = settings.get(ConfigKeys.CONSUMER_STUCK_AFTER);
        Duration period = Duration.ofMillis(Math.max(1000, Math.min(5000, bound.toMillis() / 4)));
        ConsumerLag lag = new ConsumerLag(settings.get(ConfigKeys.KAFKA_BOOTSTRAP), period, Clock.systemUTC());
        ConsumerHealth health = new ConsumerHealth(camel, watch, lag, bound, Clock.systemUTC());
        camel.addService(lag, true, true);
        camel.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                watch.closeAbandoned(); // services stop after the routes: only abandoned consumers are open
            }
        }, true, true);
        camel.getManagementStrategy().addEventNotifier(health.new Events());
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        registry.register(health.new Check(READY_ID, false));
        registry.register(health.new Check(ALIVE_ID, true));
    }

    /** Everything wrong with the process's consumer routes now. */
    List<ConsumerVerdict.Finding> findings() {
        List<ConsumerVerdict.Finding> findings = new ArrayList<>();
        if (!camel.isStarted()) {
            return findings; // starting or stopping: the report says so by itself
        }
        for (Route route : camel.getRoutes()) {
            if (route.getConsumer() instanceof KafkaConsumer consumer) {
                findings.addAll(ConsumerVerdict.judge(observe(route, consumer), bound));
            }
        }
        return findings;
    }

    private ConsumerVerdict.Observation observe(Route route, KafkaConsumer consumer) {
        String id = route.getRouteId();
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        boolean started = status != null && status.isStarted();
        String group = follow(consumer);
        List<TaskHealthState> tasks = started ? consumer.healthStates() : List.of();
        int dead = 0;
        Duration sinceLastPoll = null;
        for (TaskHealthState task : tasks) {
            Optional<ConsumerWatch.Polling> polling = watch.polling(task.getClientId());
            if (polling.isPresent() && !polling.get().loopRunning()) {
                dead++;
            }
            Optional<Double> seconds = polling.flatMap(ConsumerWatch.Polling::secondsSinceLastPoll);
            if (seconds.isPresent()) {
                Duration since = Duration.ofMillis((long) (seconds.get() * 1000));
                sinceLastPoll = sinceLastPoll == null || since.compareTo(sinceLastPoll) > 0 ? since : sinceLastPoll;
            }
        }
        String gaveUp = tasks.stream().filter(t -> t.isTerminated() && !t.isRecoverable())
                .map(t -> t.getLastError() == null ? "terminated" : t.getLastError().getMessage())
                .findFirst().orElse(null);
        Optional<ConsumerLag.Backlog> backlog = group == null ? Optional.empty() : lag.backlog(group);
        long waiting = backlog.map(ConsumerLag.Backlog::waiting).orElse(-1L);
        Duration sinceProgress = backlog.map(b -> Duration.between(b.lastProgress(), clock.instant())).orElse(null);
        return new ConsumerVerdict.Observation(id, started, everStarted.contains(id), dead, gaveUp, jvmErrors.get(id),
                sinceLastPoll, waiting, sinceProgress);
    }

    /** Has the route's group followed for its backlog; returns the group (null: none). */
    private String follow(KafkaConsumer consumer) {
        String group = consumer.getEndpoint().getConfiguration().getGroupId();
        if (group != null) {
            lag.follow(group, Arrays.stream(consumer.getEndpoint().getConfiguration().getTopic().split(","))
                    .map(String::trim).collect(Collectors.toSet()));
        }
        return group;
    }

    /** One of the two checks: readiness (every finding) or liveness (the findings a restart mends). */
    private final class Check extends AbstractHealthCheck {
        private final boolean liveness;

        Check(String id, boolean liveness) {
            super("imh", id);
            this.liveness = liveness;
        }

        @Override
        public boolean isLiveness() {
            return liveness;
        }

        @Override
        public boolean isReadiness() {
            return !liveness;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            List<ConsumerVerdict.Finding> findings = findings().stream().filter(f -> !liveness || f.restartHelps()).toList();
            if (findings.isEmpty()) {
                builder.up();
            } else {
                builder.down().message(findings.stream().map(Object::toString).collect(Collectors.joining("; ")));
            }
        }
    }

    /** Notes the routes that have started, and an {@link Error} a record's processing threw. */
    private final class Events extends EventNotifierSupport {
        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.RouteStartedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.RouteStartedEvent started) {
                everStarted.add(started.getRoute().getRouteId());
                if (started.getRoute().getConsumer() instanceof KafkaConsumer consumer) {
                    follow(consumer);
                }
            } else if (event instanceof CamelEvent.ExchangeFailedEvent failed) {
                noteError(failed.getExchange());
            }
        }

        private void noteError(Exchange exchange) {
            for (Throwable t = exchange.getException(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Error error && exchange.getFromRouteId() != null) {
                    String what = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
                    if (jvmErrors.putIfAbsent(exchange.getFromRouteId(), what) == null) {
                        LOG.error("route {}: a record's processing threw {}; /health reports DOWN until a restart",
                                exchange.getFromRouteId(), what, error);
                    }
                    return;
                }
            }
        }
    }
}
