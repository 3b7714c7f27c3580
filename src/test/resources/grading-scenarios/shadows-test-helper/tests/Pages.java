import java.util.List;

class Pages {

	static List<String> six() {
		return List.of("a", "b", "c", "d", "e", "f");
	}

	static boolean same(List<String> expected, List<String> actual) {
		return expected.equals(actual);
	}

}
