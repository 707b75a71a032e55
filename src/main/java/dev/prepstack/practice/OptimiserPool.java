package dev.prepstack.practice;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The few threads parameter optimisation may use, for requests and the monthly job alike, so that
 * fitting never takes more than its share of the node's cores. A full queue answers "busy" at once
 * instead of piling up work; shutdown interrupts running fits (the optimiser stops on interrupt).
 */
@Component
class OptimiserPool implements DisposableBean {

    private final ThreadPoolExecutor executor;

    OptimiserPool(
            @Value("${prepstack.practice.optimiser-threads:1}") int threads,
            @Value("${prepstack.practice.optimiser-queue:8}") int queue) {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(
                Math.max(1, threads),
                Math.max(1, threads),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)),
                r -> {
                    Thread t = new Thread(r, "fsrs-optimiser-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Thrown when the pool is full or the task took longer than allowed. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    /** Runs the task on the pool and waits for it; a full pool or a timeout throws {@link Busy}. */
    <T> T run(Callable<T> task, Duration timeout) {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new Busy("Many schedules are being optimised right now; try again in a minute.");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Busy("Optimising took too long this time; try again in a few minutes.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Busy("Optimising was interrupted; try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
