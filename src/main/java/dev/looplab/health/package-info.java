/**
 * Whether the server can do its work, told truthfully to readiness probes: the database
 * takes writes and the heap is not exhausted; a database that can no longer write stops
 * the server so that its supervisor starts a fresh one.
 */
package dev.looplab.health;
