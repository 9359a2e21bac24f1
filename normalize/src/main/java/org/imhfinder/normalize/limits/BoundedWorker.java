package org.imhfinder.normalize.limits;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reading of one untrusted input (a page's HTML, a PDF) on a worker thread of its own,
 * and waits for it at most its deadline. What would otherwise end the caller's thread, or the
 * Kafka consumer behind it, becomes an {@link OverLimitException} naming the input: the deadline
 * passing, a {@link StackOverflowError} (input nested too deeply), an {@link OutOfMemoryError} or
 * any other {@link Error}. The caller's own exceptions pass through unchanged.
 *
 * <p>A worker that outlives its deadline is interrupted and left to finish (the JVM cannot stop a
 * thread); the readers check their deadline as they go, so it stops soon after. Until it does it is
 * counted by {@link #overdue()}, which a health check reports. Idle workers end after a minute.
 */
public final class BoundedWorker implements AutoCloseable {
    /** How every worker thread's name begins ({@code imh-read-pdf-1}): CPU measurements find them by it. */
    public static final String THREAD_PREFIX = "imh-read-";
    private static final Logger LOG = LoggerFactory.getLogger(BoundedWorker.class);

    private final Duration deadline;
    private final ExecutorService threads;
    private final AtomicInteger overdue = new AtomicInteger();

    /** {@code name} names the worker threads ({@code pdf}: {@code imh-read-pdf-1}, ...). */
    public BoundedWorker(String name, Duration deadline) {
        this.deadline = deadline;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, THREAD_PREFIX + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public Duration deadline() {
        return deadline;
    }

    /** Workers still running past their deadline. */
    public int overdue() {
        return overdue.get();
    }

    /**
     * The task's result, computed on a worker within the deadline. {@code what} names the input in a
     * failure's message ("PDF https://...").
     */
    public <T> T run(String what, Supplier<T> task) {
        Task<T> running = new Task<>(task);
        Future<Outcome<T>> future = threads.submit(running::call);
        Outcome<T> outcome;
        try {
            outcome = future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.abandon();
            LOG.warn("gave up reading {} after {}; its worker is interrupted ({} overdue)", what, deadline, overdue.get());
            throw new OverLimitException("reading " + what + " took longer than " + deadline);
        } catch (InterruptedException e) {
            running.abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + what + " (the stage is stopping)", e);
        } catch (ExecutionException | CancellationException e) {
            throw new IllegalStateException("the worker reading " + what + " failed", e);
        }
        return outcome.get(what);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /**
     * One task on its worker, counted as overdue from when its caller gives up on it until it ends. Giving
     * up interrupts the worker while it runs this task, never after (the thread may go on to another).
     */
    private final class Task<T> {
        private final Supplier<T> task;
        private Thread runner;
        private boolean ended;
        private boolean abandoned;

        Task(Supplier<T> task) {
            this.task = task;
        }

        Outcome<T> call() {
            if (!start()) {
                return Outcome.of(() -> null); // given up on before it began
            }
            try {
                return Outcome.of(task);
            } finally {
                end();
            }
        }

        private synchronized boolean start() {
            if (abandoned) {
                ended = true;
                overdue.decrementAndGet();
                return false;
            }
            runner = Thread.currentThread();
            return true;
        }

        private synchronized void end() {
            ended = true;
            runner = null;
            Thread.interrupted(); // the pooled thread starts its next task uninterrupted
            if (abandoned) {
                overdue.decrementAndGet();
            }
        }

        synchronized void abandon() {
            if (ended || abandoned) {
                return;
            }
            abandoned = true;
            overdue.incrementAndGet();
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    /** What the task gave: its value, or what it threw (an Error is held as data, never rethrown on the worker). */
    private record Outcome<T>(T value, RuntimeException exception, Error error) {
        static <T> Outcome<T> of(Supplier<T> task) {
            try {
                return new Outcome<>(task.get(), null, null);
            } catch (RuntimeException e) {
                return new Outcome<>(null, e, null);
            } catch (Error e) { // the reason this class exists: an Error here must not end the consumer's thread
                return new Outcome<>(null, null, e);
            }
        }

        T get(String what) {
            if (exception != null) {
                throw exception;
            }
            if (error instanceof StackOverflowError) {
                throw new OverLimitException(what + " is nested too deeply to read (StackOverflowError)", error);
            }
            if (error instanceof OutOfMemoryError) {
                throw new OverLimitException("reading " + what + " ran out of memory (OutOfMemoryError: "
                        + error.getMessage() + ")", error);
            }
            if (error != null) {
                throw new OverLimitException("reading " + what + " failed: " + error, error);
            }
            return value;
        }
    }
}
