// The test pads this program with comments to 1 MiB before sending it.
public class Main {
	public static void main(String[] args) {
		System.out.println("a very large program");
	}
}
