public class Main {
	public static void main(String[] args) {
		System.getenv().forEach((name, value) -> System.out.println(name + "=" + value)); // forbidden
	}
}
