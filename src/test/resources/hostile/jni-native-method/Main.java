// A native method has no code, so the class file gives its declaration no line: the
// message must name native code, and any diagnostic line is accepted.
public class Main {
	static native int getpid();

	public static void main(String[] args) {
		System.out.println("pid " + getpid()); // forbidden
	}
}
