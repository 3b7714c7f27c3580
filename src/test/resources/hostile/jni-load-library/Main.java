public class Main {
	public static void main(String[] args) {
		System.loadLibrary("c"); // forbidden
		System.out.println("loaded a native library");
	}
}
