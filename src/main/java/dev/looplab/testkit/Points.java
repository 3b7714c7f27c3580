package dev.looplab.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many points a test method is worth; a test without it is worth 1. Each invocation
 * of a parameterised or repeated test is a test of its own, worth the method's points.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

	/** The points a learner earns when the test passes. */
	int value();

}
