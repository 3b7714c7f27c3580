import java.util.List;

// Hostile: a top-level class whose binary name is that of a class nested in the tests, which
// would replace it when the classes are loaded.
public class Crawl {

	static List<String> crawl(List<String> pages) {
		return List.of();
	}

	public static void main(String[] args) {
		System.out.println("done");
	}

}

class CrawlTests$Check {

	static boolean same(List<String> expected, List<String> actual) {
		return true;
	}

}
