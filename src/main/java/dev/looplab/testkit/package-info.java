/**
 * The test kit of graded exercises: runs the learner's program inside the sandbox JVM,
 * records its output and trace, and checks how it ran with assertions whose messages are
 * written for the learner.
 */
package dev.looplab.testkit;
