/**
 * The plain-Java program that runs inside each sandbox JVM: it loads the learner's
 * classes, runs them and streams what happens back to the server over a small versioned
 * protocol.
 */
package dev.looplab.runner;
