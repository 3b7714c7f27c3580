/**
 * Live events over Server-Sent Events: one writer per reader, ids to resume from, and
 * limits on how many streams a client and the server may hold; used by the run and
 * grading web adapters.
 */
@NamedInterface("web")
package dev.looplab.stream.web;

import org.springframework.modulith.NamedInterface;
