package dk.medhearing.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of our own HTML pages (the board, the start page, the mailbox, the outbox page): its failures
 * are answered with the Danish error page ({@link PageErrors}), never JSON or a framework's default page.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Page {}
