package org.imhfinder.ingest.crawl;

import java.time.Duration;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.frontier.Frontier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves tasks from the frontier to the fetch workers as hosts become due. The queue to the
 * workers is as long as there are workers and blocks when full, so no more tasks leave the
 * frontier than can be worked on; none leave while the {@link BacklogGate} holds fetches back.
 */
final class FrontierDispatcher extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(FrontierDispatcher.class);

    private final Frontier frontier;
    private final ProducerTemplate producer;
    private final String queue;
    private final BacklogGate gate;
    private volatile Thread thread;

    FrontierDispatcher(Frontier frontier, ProducerTemplate producer, String queue, BacklogGate gate) {
        this.frontier = frontier;
        this.producer = producer;
        this.queue = queue;
        this.gate = gate;
    }

    @Override
    protected void doStart() {
        thread = new Thread(this::loop, "imh-crawl-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            running.join(5000);
        }
    }

    private void loop() {
        while (thread != null) {
            try {
                if (!gate.awaitRoom(Duration.ofMillis(500))) {
                    continue;
                }
                Optional<CrawlTask> task = frontier.take(Duration.ofMillis(500));
                if (task.isPresent()) {
                    producer.sendBody(queue, task.get());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (thread != null) {
                    LOG.warn("could not hand a crawl task to the fetch workers: {}", e.getMessage());
                }
            }
        }
    }
}
