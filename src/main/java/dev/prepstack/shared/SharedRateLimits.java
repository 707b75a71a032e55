package dev.prepstack.shared;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** With the "redis" profile, rate-limit buckets live in Redis, shared by every node. */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class SharedRateLimits {

    @Bean
    ProxyManager<byte[]> sharedBuckets(LettuceConnectionFactory redis) {
        return Bucket4jLettuce.casBasedBuilder((RedisClient) redis.getRequiredNativeClient())
                // A bucket nobody touched since it refilled is forgotten, so keys do not pile up.
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .requestTimeout(Duration.ofMillis(500))
                .build();
    }
}
