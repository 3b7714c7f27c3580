package dev.looplab.sandbox;

/**
 * A source file handed to the sandbox whole, such as an exercise's test class.
 *
 * @param fileName its name, which javac wants to match its public class
 * ({@code CrawlTests.java})
 * @param content its text
 */
public record SourceFile(String fileName, String content) {
}
