package dev.prepstack.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key (an IP or an account). In memory: each node limits on
 * its own until buckets move to Redis for clusters.
 */
@Component
public class RateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token for the key, or throws 429 with the wait; a limit of 0 or less is off. */
    public void check(String limit, String key, int capacity, Duration period) {
        if (capacity <= 0) {
            return;
        }
        if (buckets.size() > MAX_BUCKETS) {
            // A flood of distinct keys must not exhaust memory: start over rather than grow.
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(
                limit + "|" + key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, period)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Forgets every bucket (tests, or an operator lifting limits at run time). */
    public void reset() {
        buckets.clear();
    }
}
