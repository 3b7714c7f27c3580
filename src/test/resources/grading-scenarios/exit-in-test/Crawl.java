import java.util.List;

// Hostile: ends the JVM with exit code 0 from inside a test, before it can fail.
public class Crawl {

	static List<String> crawl(List<String> pages) {
		System.exit(0);
		return pages;
	}

	public static void main(String[] args) {
		System.out.println("done");
	}

}
