/**
 * Live events: the append-only list of a run's or a grading's events that any number of
 * readers follow at their own pace, without the publisher ever waiting for one.
 */
package dev.looplab.stream;
