/**
 * A run's life: accepting a learner's source, recording the run, and streaming its events
 * to the page and the API as they happen.
 */
package dev.looplab.run;
