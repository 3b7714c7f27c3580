/**
 * Runs a learner's own threads one at a time in virtual time under a baton scheduler, so
 * that their order, their timings and their deadlocks are the same on every run.
 */
package dev.looplab.runner.threads;
