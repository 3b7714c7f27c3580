/**
 * The run service's HTTP adapters: the JSON and SSE API under {@code /api/runs} and the
 * htmx page endpoints.
 */
package dev.looplab.run.web;
