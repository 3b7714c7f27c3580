/**
 * Graded exercises: submissions stored before they are graded, graded in the sandbox
 * against the exercise's hidden tests on a bounded pool, and their scores and per-test
 * feedback kept and streamed.
 */
package dev.looplab.grading;
