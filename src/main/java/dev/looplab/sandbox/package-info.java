/**
 * Turns a learner's source into a finished run: compiles it, starts it in a separate JVM
 * and maps how it ended to a verdict.
 */
package dev.looplab.sandbox;
