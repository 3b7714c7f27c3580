import java.util.List;
import java.util.function.Consumer;

public class Crawl {

	static List<String> crawl(List<String> pages) {
		return null;
	}

	static void each(List<String> pages, Consumer<String> visit) {
		for (String page : pages) {
			visit.accept(page);
		}
	}

	public static void main(String[] args) {
		System.out.println("done");
	}

}
