public class Main {
	public static void main(String[] args) throws Exception {
		Class<?> runner = Class.forName("dev.looplab.runner.RunnerMain"); // forbidden
		for (var method : runner.getDeclaredMethods()) {
			System.out.println(method);
		}
	}
}
