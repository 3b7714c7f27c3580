public class Main {
	public static void main(String[] args) {
		System.out.print("no line break at the end");
	}
}
