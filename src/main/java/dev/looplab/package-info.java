/**
 * Looplab, a place to learn concurrency by running code; each subpackage is one
 * capability.
 */
package dev.looplab;
