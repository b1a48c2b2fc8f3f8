package org.duban.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Runs requests at the same instant, as two people pressing the same button do. */
public final class Races {
    private Races() {}

    /**
     * Starts every call on its own thread, released together by a barrier, and waits for all.
     *
     * @param calls each returns the HTTP status it got
     * @return the statuses, sorted ascending (two racing writes of which one must lose: {@code [200, 409]})
     */
    public static List<Integer> together(IntSupplier... calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CyclicBarrier start = new CyclicBarrier(calls.length);
            List<Future<Integer>> results = new ArrayList<>();
            for (IntSupplier call : calls) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.getAsInt();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(Integer::compare);
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException("a racing call failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
