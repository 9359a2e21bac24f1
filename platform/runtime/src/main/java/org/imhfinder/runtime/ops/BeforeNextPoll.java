package org.imhfinder.runtime.ops;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a route owes its consumer, done on the consumer's own thread at the start of its next poll: a
 * commit Kafka refused for now (a rebalance, a coordinator moving) is sent again there, once per poll,
 * instead of from the commit's callback, where it would be sent again at once (the callback of a commit
 * sent from a callback runs in the same turn) or after a sleep that holds the consumer's thread. Camel's
 * poll loop offers no hook between two polls, so {@link ConsumerWatch} hands Camel each consumer wrapped:
 * every call goes to the consumer, {@code poll} after the work queued for it.
 */
public final class BeforeNextPoll {
    private static final Logger LOG = LoggerFactory.getLogger(BeforeNextPoll.class);

    private BeforeNextPoll() {
    }

    /** {@code consumer}, which then runs what {@link #queue} is given before each poll. */
    @SuppressWarnings("unchecked")
    static <K, V> Consumer<K, V> wrap(Consumer<K, V> consumer) {
        return (Consumer<K, V>) Proxy.newProxyInstance(BeforeNextPoll.class.getClassLoader(), new Class<?>[] {Consumer.class},
                new Owed(consumer));
    }

    /**
     * Queues {@code work} for the consumer's next poll; false when the consumer was not made by {@link ConsumerWatch}
     * (nothing is queued then).
     */
    public static boolean queue(Consumer<?, ?> consumer, Runnable work) {
        if (Proxy.isProxyClass(consumer.getClass()) && Proxy.getInvocationHandler(consumer) instanceof Owed owed) {
            owed.work.add(work);
            return true;
        }
        return false;
    }

    /** The consumer's calls, each passed on; a poll first does the work owed. */
    private static final class Owed implements InvocationHandler {
        private final Consumer<?, ?> consumer;
        private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();

        Owed(Consumer<?, ?> consumer) {
            this.consumer = consumer;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("poll")) {
                // what is queued now (the work may queue more, for the poll after this one)
                for (int n = work.size(); n > 0; n--) {
                    Runnable owed = work.poll();
                    if (owed == null) {
                        break;
                    }
                    try {
                        owed.run();
                    } catch (RuntimeException e) {
                        LOG.warn("work owed before a poll failed: {}", e.toString());
                    }
                }
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "consumer " + consumer;
                };
            }
            try {
                return method.invoke(consumer, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
