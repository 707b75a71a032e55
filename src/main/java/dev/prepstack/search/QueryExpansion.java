package dev.prepstack.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backend jargon that candidates type but questions spell out. The query keeps its own words and
 * gains the expansions, so both spellings match.
 */
final class QueryExpansion {

    private static final Map<String, String> JARGON = Map.ofEntries(
            Map.entry("k8s", "kubernetes"),
            Map.entry("kube", "kubernetes"),
            Map.entry("authn", "authentication"),
            Map.entry("authz", "authorization"),
            Map.entry("auth", "authentication authorization"),
            Map.entry("db", "database"),
            Map.entry("dbs", "databases"),
            Map.entry("pg", "postgres postgresql"),
            Map.entry("postgres", "postgresql"),
            Map.entry("mq", "message queue"),
            Map.entry("mqs", "message queues"),
            Map.entry("dlq", "dead letter queue"),
            Map.entry("lb", "load balancer balancing"),
            Map.entry("sso", "single sign-on openid connect"),
            Map.entry("mtls", "mutual tls certificates"),
            Map.entry("tls", "encryption transit"),
            Map.entry("ttl", "time to live expiry"),
            Map.entry("ci", "continuous integration"),
            Map.entry("cd", "continuous delivery deployment"),
            Map.entry("e2e", "end-to-end"),
            Map.entry("gc", "garbage collector collection"),
            Map.entry("jvm", "java virtual machine"),
            Map.entry("jmm", "java memory model"),
            Map.entry("cas", "compare-and-swap atomic"),
            Map.entry("orm", "object-relational mapping"),
            Map.entry("n+1", "n+1 queries orm"),
            Map.entry("rpo", "recovery point objective disaster recovery"),
            Map.entry("rto", "recovery time objective disaster recovery"),
            Map.entry("slo", "service level objective"),
            Map.entry("slos", "service level objectives"),
            Map.entry("sli", "service level indicator"),
            Map.entry("sla", "service level agreement"),
            Map.entry("p99", "percentile latency"),
            Map.entry("p95", "percentile latency"),
            Map.entry("gw", "gateway"),
            Map.entry("api", "api"),
            Map.entry("apis", "api"),
            Map.entry("semver", "semantic versioning"),
            Map.entry("ddd", "domain-driven design bounded contexts"),
            Map.entry("cqrs", "command query responsibility segregation"),
            Map.entry("faas", "function as a service serverless"),
            Map.entry("lambda", "serverless function"),
            Map.entry("hpa", "horizontal pod autoscaler"),
            Map.entry("oom", "out of memory oomkilled"),
            Map.entry("xss", "cross-site scripting"),
            Map.entry("csrf", "cross-site request forgery"),
            Map.entry("ssrf", "server-side request forgery"),
            Map.entry("sqli", "sql injection"),
            Map.entry("cors", "cross-origin resource sharing"),
            Map.entry("jwt", "json web token"),
            Map.entry("jwts", "json web tokens"),
            Map.entry("oidc", "openid connect"),
            Map.entry("rbac", "role-based access control"),
            Map.entry("abac", "attribute-based access control"),
            Map.entry("mfa", "multi-factor authentication"),
            Map.entry("2fa", "two-factor multi-factor authentication"),
            Map.entry("cdn", "content delivery network"),
            Map.entry("rest", "restful"),
            Map.entry("grpc", "grpc protocol buffers"),
            Map.entry("vm", "virtual machine"),
            Map.entry("vms", "virtual machines"),
            Map.entry("acid", "transactions atomicity isolation"),
            Map.entry("mvcc", "multi-version concurrency control"),
            Map.entry("lsm", "log-structured merge"),
            Map.entry("wal", "write-ahead log"),
            Map.entry("dr", "disaster recovery"),
            Map.entry("ha", "high availability"),
            Map.entry("otel", "opentelemetry"),
            Map.entry("tdd", "test-driven development"),
            Map.entry("ssr", "server-side rendering"),
            Map.entry("vcs", "version control"),
            Map.entry("idp", "identity provider"),
            Map.entry("pkce", "proof key code exchange"),
            Map.entry("llm", "large language model"),
            Map.entry("llms", "large language models"),
            Map.entry("rag", "retrieval-augmented generation"),
            Map.entry("genai", "generative ai large language model"),
            Map.entry("jpa", "java persistence hibernate"),
            Map.entry("di", "dependency injection"),
            Map.entry("ioc", "inversion of control dependency injection"),
            Map.entry("oop", "object-oriented"),
            Map.entry("gil", "global interpreter lock"),
            Map.entry("golang", "go"),
            Map.entry("py", "python"),
            Map.entry("js", "javascript nodejs"),
            Map.entry("kv", "key-value"),
            Map.entry("ws", "websockets"),
            Map.entry("sse", "server-sent events"),
            Map.entry("cte", "common table expression"),
            Map.entry("rls", "row-level security"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+]*");

    private QueryExpansion() {}

    static String expand(String text) {
        List<String> additions = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String expansion = JARGON.get(m.group());
            if (expansion != null) {
                additions.add(expansion);
            }
        }
        return additions.isEmpty() ? text : text + " " + String.join(" ", additions);
    }

    /** The query's words as typed (lower case), for typo tolerance. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
