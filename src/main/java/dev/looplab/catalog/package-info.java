/**
 * The course: chapters and their runnable examples, read from Markdown files at start-up
 * and rendered to safe HTML.
 */
package dev.looplab.catalog;
