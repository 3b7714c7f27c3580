/**
 * Load drivers that measure Looplab from outside, through its HTTP API, against the
 * peers' way of running Java.
 */
package dev.looplab.bench;
