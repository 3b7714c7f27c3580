/**
 * Looplab's learner runtime: an asyncio-style event loop with tasks, futures and
 * synchronisation primitives that runs in virtual time and records a deterministic trace.
 */
package dev.looplab.aio;
