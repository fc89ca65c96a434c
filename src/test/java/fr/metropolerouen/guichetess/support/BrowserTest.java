package fr.metropolerouen.guichetess.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives the web application in Chromium ({@link Browser}). Pages hold no SQL of their own: they call the
 * services the API tests run on both databases, so these tests run once, on H2 (the PostgreSQL run of failsafe
 * excludes the tag), which keeps {@code ./mvnw verify} within its time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
