// The subclass's constructor calls ClassLoader's on the line of the class declaration,
// which a checker may or may not point at: any diagnostic line is accepted.
public class Main {
	static class Definer extends ClassLoader {
		Class<?> define(byte[] bytes) {
			return defineClass(null, bytes, 0, bytes.length); // forbidden
		}
	}

	public static void main(String[] args) {
		System.out.println(new Definer().define(new byte[] { (byte) 0xCA, (byte) 0xFE }));
	}
}
