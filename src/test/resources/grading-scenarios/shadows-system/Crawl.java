import java.util.List;

// Hostile: a class named System replaces java.lang.System inside the tests, so the test's own
// println prints what this class wants, whatever crawl returned.
public class Crawl {

	static List<String> crawl(List<String> pages) {
		return List.of("wrong");
	}

	public static void main(String[] args) {
		System.out.println("done");
	}

}

class System {

	static final Fake out = new Fake();

}

class Fake {

	void println(String line) {
		java.lang.System.out.println(line.startsWith("crawl returned") ? "crawl returned [a, b]" : line);
	}

}
