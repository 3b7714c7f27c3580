public class Main {
	public static void main(String[] args) {
		System.out.println("� is fine in a string");
		int � = 1;
	}
}
