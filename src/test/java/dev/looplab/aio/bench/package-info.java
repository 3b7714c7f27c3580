/**
 * The scheduler benchmark: the learner runtime's event loop against CPython's asyncio.
 */
package dev.looplab.aio.bench;
