/**
 * The course's pages: the chapter list and one page per chapter.
 */
package dev.looplab.catalog.web;
