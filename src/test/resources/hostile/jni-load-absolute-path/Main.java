public class Main {
	public static void main(String[] args) {
		System.load("/lib/x86_64-linux-gnu/libc.so.6"); // forbidden
		System.out.println("loaded libc");
	}
}
