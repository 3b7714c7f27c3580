/**
 * The course: chapters, their runnable examples and their graded exercises, read from
 * Markdown and Java files at start-up and rendered to safe HTML.
 */
package dev.looplab.catalog;
