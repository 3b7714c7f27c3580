import java.io.InputStream;
import java.util.List;

// Hostile: reads the tests' class file (and would print it) through its own class.
public class Crawl {

	static List<String> crawl(List<String> pages) throws Exception {
		try (InputStream tests = Crawl.class.getResourceAsStream("CrawlTests.class")) {
			System.out.println("read " + ((tests == null) ? "nothing" : tests.readAllBytes().length + " bytes"));
		}
		return pages;
	}

	public static void main(String[] args) throws Exception {
		System.out.println(crawl(List.of("a")));
	}

}
