public class Main {
	public static void main(String[] args) {
		Runnable spawn = () -> {
			try {
				new ProcessBuilder("/bin/sh", "-c", "sleep 30; : hostile-marker").start(); // forbidden
			}
			catch (Exception ex) {
				System.out.println("could not start: " + ex);
			}
		};
		spawn.run();
		System.out.println("started a shell from a lambda");
	}
}
