package dev.prepstack.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key (an IP or an account). With the "redis" profile the
 * buckets live in Redis and every node counts against the same ones; otherwise they are in memory.
 * When Redis fails, limiting falls back to this node's memory rather than failing requests.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ProxyManager<byte[]> shared;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private final Clock clock;

    public RateLimiter(ObjectProvider<ProxyManager<byte[]>> shared, Clock clock) {
        this.shared = shared.getIfAvailable();
        this.clock = clock;
    }

    /** Takes one token for the key, or throws 429 with the wait; a limit of 0 or less is off. */
    public void check(String limit, String key, int capacity, Duration period) {
        if (capacity <= 0) {
            return;
        }
        String id = limit + "|" + key;
        ConsumptionProbe probe = null;
        if (shared != null) {
            try {
                probe = shared.builder()
                        .build(
                                ("prepstack:rate:" + id).getBytes(StandardCharsets.UTF_8),
                                () -> BucketConfiguration.builder()
                                        .addLimit(bandwidth(capacity, period))
                                        .build())
                        .tryConsumeAndReturnRemaining(1);
            } catch (RuntimeException e) {
                warnAtMostEveryMinute(e);
            }
        }
        if (probe == null) {
            probe = local(id, capacity, period).tryConsumeAndReturnRemaining(1);
        }
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * Throws 429 when the key's bucket is empty, without taking a token: for limits that count only
     * some outcomes (failed sign-ins), recorded afterwards with {@link #record}.
     */
    public void checkNotExhausted(String limit, String key, int capacity, Duration period) {
        if (capacity <= 0) {
            return;
        }
        String id = limit + "|" + key;
        io.github.bucket4j.EstimationProbe probe = null;
        if (shared != null) {
            try {
                probe = sharedBucket(id, capacity, period).estimateAbilityToConsume(1);
            } catch (RuntimeException e) {
                warnAtMostEveryMinute(e);
            }
        }
        if (probe == null) {
            probe = local(id, capacity, period).estimateAbilityToConsume(1);
        }
        if (!probe.canBeConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one token for the key if there is one (an outcome that counts against the limit). */
    public void record(String limit, String key, int capacity, Duration period) {
        if (capacity <= 0) {
            return;
        }
        String id = limit + "|" + key;
        if (shared != null) {
            try {
                sharedBucket(id, capacity, period).tryConsume(1);
                return;
            } catch (RuntimeException e) {
                warnAtMostEveryMinute(e);
            }
        }
        local(id, capacity, period).tryConsume(1);
    }

    private Bucket sharedBucket(String id, int capacity, Duration period) {
        return shared.builder()
                .build(
                        ("prepstack:rate:" + id).getBytes(StandardCharsets.UTF_8),
                        () -> BucketConfiguration.builder()
                                .addLimit(bandwidth(capacity, period))
                                .build());
    }

    private static Bandwidth bandwidth(int capacity, Duration period) {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, period)
                .build();
    }

    private Bucket local(String id, int capacity, Duration period) {
        if (buckets.size() > MAX_BUCKETS) {
            // A flood of distinct keys must not exhaust memory: start over rather than grow.
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                id, k -> Bucket.builder().addLimit(bandwidth(capacity, period)).build());
    }

    private void warnAtMostEveryMinute(RuntimeException e) {
        Instant now = clock.instant();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plusSeconds(60)) && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "Shared rate-limit buckets are unavailable ({}); limiting per node until Redis is back",
                    e.toString());
        }
    }

    /** Forgets this node's buckets (tests, or an operator lifting limits at run time). */
    public void reset() {
        buckets.clear();
    }
}
