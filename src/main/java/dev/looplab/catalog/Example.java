package dev.looplab.catalog;

/**
 * A runnable Java program that belongs to a chapter. {@code fileName} names the public
 * class it declares ({@code Crawler.java} declares {@code Crawler}).
 */
public record Example(String id, String title, String fileName, String source) {

}
