package dev.prepstack.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API controller whose JSON carries text people typed (names, notes, suggested answers):
 * its responses are written with {@link HtmlSafeEscapes}, so {@code < > & '} travel as
 * {@code \}u-sequences: the same strings to any JSON client, never markup a browser could be tricked
 * into rendering.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HtmlSafeJson {}
