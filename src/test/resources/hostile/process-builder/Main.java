public class Main {
	public static void main(String[] args) throws Exception {
		Process process = new ProcessBuilder("/bin/sh", "-c", "sleep 30; : hostile-marker").start(); // forbidden
		System.out.println("started a shell: " + process);
	}
}
