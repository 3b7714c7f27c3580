public class Main {
	static void helper() {
	}
}
