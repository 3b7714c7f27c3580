import java.util.List;

public class Crawler {
	record Page(String name) {
	}

	public static void main(String[] args) {
		List.of(new Page("a"), new Page("b")).forEach(p -> System.out.println("page " + p.name()));
	}
}
