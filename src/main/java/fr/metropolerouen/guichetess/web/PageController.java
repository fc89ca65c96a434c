package fr.metropolerouen.guichetess.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller that answers with web pages (Thymeleaf views under {@code resources/web/}). Errors its services raise
 * become French pages ({@link PageErrors}) instead of the API's problem documents.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
