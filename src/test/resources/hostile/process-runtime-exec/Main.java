public class Main {
	public static void main(String[] args) throws Exception {
		Runtime.getRuntime().exec(new String[] { "/bin/sh", "-c", "sleep 30; : hostile-marker" }); // forbidden
		System.out.println("started a shell");
	}
}
