public class Main {
	public static void main(String[] args) {
		/* a block comment that seems to run to the end of the line \u002a\u002f System.exit(0); /* */ // forbidden
		System.out.println("still here?");
	}
}
