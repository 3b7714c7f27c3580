package dev.looplab.catalog;

/**
 * One entry of a chapter's table of contents: a level-2 or level-3 heading and the id of
 * the element it links to.
 */
public record Heading(int level, String text, String anchor) {

}
