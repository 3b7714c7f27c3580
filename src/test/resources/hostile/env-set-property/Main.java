public class Main {
	public static void main(String[] args) {
		System.setProperty("user.dir", "/"); // forbidden
		System.out.println("moved the working directory");
	}
}
