public class Main {
	public static void main(String[] args) throws Exception {
		System.out.println("nothing to see here");
		// an innocent comment \u000a Runtime.getRuntime().exec(new String[] { "/bin/sh", "-c", "sleep 30; : hostile-marker" }); // forbidden
		System.out.println("done");
	}
}
