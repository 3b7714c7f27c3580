/**
 * The hostile-program suite: programs that try to escape or exhaust the sandbox, run
 * through the real HTTP API, each checked for its verdict and for anything that escaped.
 */
package dev.looplab.hostile;
