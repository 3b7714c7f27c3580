public class Main {
	public static void main(String[] args) {
		ProcessHandle.allProcesses().forEach((p) -> System.out.println(p.pid() + " " + p.info().commandLine().orElse("?"))); // forbidden
	}
}
