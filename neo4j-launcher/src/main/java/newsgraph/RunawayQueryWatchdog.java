/*
 * RunawayQueryWatchdog: ends queries that outlive their termination.
 *
 * Neo4j stops a transaction that passed its time limit (or was terminated) only when the query next
 * checks for it, which it does when it touches the store. A query that computes without touching the
 * store, such as RETURN reduce(s = "", x IN range(1, 10000000) | s + "aaaaaaaaaa"), never checks: it
 * keeps a core busy for hours while marked timed out, and its memory is not tracked either, so
 * neither db.transaction.timeout, TERMINATE TRANSACTIONS nor db.memory.transaction.max stops it
 * (measured on 5.26). This watchdog looks every half second for transactions marked for termination
 * more than a grace period ago whose query thread is still inside Cypher's runtime. It closes that
 * query's Bolt connection (so the client hears at once that its query ended, and no reply is left
 * half-sent) and stops the thread (Thread.stop, available up to Java 19); the transaction is rolled
 * back. The rest of Neo4j carries on.
 *
 * Some expressions also build values Neo4j's memory tracking does not see ([x IN range(1, 200000000) |
 * toString(x)]), so db.memory.transaction.max does not stop them and the heap runs out, which stops
 * Neo4j. So the watchdog also listens to the heap: when the old generation is still more than
 * HEAP_ALARM full after a collection, the query whose thread allocated the most since it started is
 * stopped the same way.
 */
package newsgraph;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Field;
import javax.management.NotificationEmitter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

final class RunawayQueryWatchdog implements Runnable {
    private static final long POLL_MILLIS = 500;
    /** The share of the old generation that, still in use after a collection, stops the hungriest query. */
    private static final double HEAP_ALARM = 0.75;

    private final KernelTransactions transactions;
    private final NetworkConnectionTracker connections;
    private final long graceNanos;
    private final Field threadIdField;
    /** Each running query's thread's allocated bytes when the watchdog first saw it. */
    private final Map<ExecutingQuery, Long> allocatedAtStart = Collections.synchronizedMap(new WeakHashMap<>());

    private RunawayQueryWatchdog(KernelTransactions transactions, NetworkConnectionTracker connections, Duration grace)
            throws NoSuchFieldException {
        this.transactions = transactions;
        this.connections = connections;
        this.graceNanos = grace.toNanos();
        this.threadIdField = ExecutingQuery.class.getDeclaredField("threadExecutingTheQueryId");
        this.threadIdField.setAccessible(true);
    }

    /** Starts the watchdog on a daemon thread for one database; says so, or why it cannot, on stdout. */
    static void start(GraphDatabaseService database, Duration grace) {
        try {
            var dependencies = ((GraphDatabaseAPI) database).getDependencyResolver();
            KernelTransactions transactions = dependencies.resolveDependency(KernelTransactions.class);
            NetworkConnectionTracker connections = dependencies.resolveDependency(NetworkConnectionTracker.class);
            RunawayQueryWatchdog watchdog = new RunawayQueryWatchdog(transactions, connections, grace);
            Thread thread = new Thread(watchdog, "newsgraph-runaway-query-watchdog");
            thread.setDaemon(true);
            thread.start();
            watchHeap(watchdog);
            System.out.println("newsgraph: runaway-query watchdog on for " + database.databaseName() + " (grace " + grace.toMillis() + " ms)");
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("newsgraph: runaway-query watchdog off: " + e);
        }
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(POLL_MILLIS);
                for (KernelTransactionHandle handle : transactions.activeTransactions()) check(handle);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.out.println("newsgraph: runaway-query watchdog: " + e);
            }
        }
    }

    private synchronized void check(KernelTransactionHandle handle) {
        handle.executingQuery().ifPresent(query -> allocatedAtStart.computeIfAbsent(query, q -> {
            Thread thread = queryThread(q);
            return thread == null ? 0L : allocatedBytes(thread);
        }));
        Optional<TerminationMark> mark = handle.terminationMark();
        if (mark.isEmpty() || System.nanoTime() - mark.get().getTimestampNanos() < graceNanos) return;
        Optional<ExecutingQuery> query = handle.executingQuery();
        if (query.isEmpty()) return;
        Thread thread = queryThread(query.get());
        if (thread == null || !insideCypherRuntime(thread)) return;
        long overMillis = (System.nanoTime() - mark.get().getTimestampNanos()) / 1_000_000;
        System.out.println("newsgraph: stopping a query still running " + overMillis + " ms after it was terminated ("
                + mark.get().getReason().code().serialize() + "): " + abbreviate(query.get().rawQueryText()));
        end(handle, thread);
    }

    /** Calls `heapAlarm` when a heap pool is still over HEAP_ALARM full after a collection. */
    private static void watchHeap(RunawayQueryWatchdog watchdog) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()) continue;
            long max = pool.getUsage().getMax();
            if (max <= 0) continue;
            pool.setCollectionUsageThreshold((long) (max * HEAP_ALARM));
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(
                (notification, handback) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                        watchdog.heapAlarm();
                    }
                },
                null,
                null);
    }

    private static long allocatedBytes(Thread thread) {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(thread.getId());
    }

    /** Stops the query whose thread allocated the most since its query started. */
    private synchronized void heapAlarm() {
        KernelTransactionHandle hungriest = null;
        Thread hungriestThread = null;
        long most = 0;
        for (KernelTransactionHandle handle : transactions.activeTransactions()) {
            Optional<ExecutingQuery> query = handle.executingQuery();
            if (query.isEmpty()) continue;
            Thread thread = queryThread(query.get());
            if (thread == null || !insideCypherRuntime(thread)) continue;
            long allocated = allocatedBytes(thread) - allocatedAtStart.getOrDefault(query.get(), 0L);
            if (allocated > most) {
                most = allocated;
                hungriest = handle;
                hungriestThread = thread;
            }
        }
        if (hungriest == null) return;
        System.out.println("newsgraph: the heap is over " + (int) (HEAP_ALARM * 100) + "% full after a collection; stopping the query "
                + "that allocated the most: " + abbreviate(hungriest.executingQuery().get().rawQueryText()));
        hungriest.markForTermination(org.neo4j.kernel.api.exceptions.Status.General.MemoryPoolOutOfMemoryError);
        end(hungriest, hungriestThread);
    }

    /** Closes the transaction's Bolt connection and stops the thread running its query. */
    private void end(KernelTransactionHandle handle, Thread thread) {
        handle.clientInfo().map(info -> connections.get(info.connectionId())).ifPresent(TrackedNetworkConnection::close);
        stop(thread);
    }

    private Thread queryThread(ExecutingQuery query) {
        try {
            long id = threadIdField.getLong(query);
            for (Thread thread : Thread.getAllStackTraces().keySet()) if (thread.getId() == id) return thread;
        } catch (IllegalAccessException e) {
            System.out.println("newsgraph: runaway-query watchdog: " + e);
        }
        return null;
    }

    /** Whether the thread is evaluating Cypher now (not idle, not in the kernel's commit or lock code). */
    private static boolean insideCypherRuntime(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        boolean cypher = Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("org.neo4j.cypher."));
        boolean committing = Arrays.stream(stack)
                .limit(40)
                .anyMatch(frame -> frame.getClassName().contains(".locking.") || frame.getMethodName().equals("commit"));
        return cypher && !committing;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            System.out.println("newsgraph: runaway-query watchdog cannot stop threads on Java " + Runtime.version().feature()
                    + "; run the launcher on Java 17");
        }
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
