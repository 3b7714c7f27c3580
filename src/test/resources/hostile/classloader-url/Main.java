import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;

public class Main {
	public static void main(String[] args) throws Exception {
		URLClassLoader loader = new URLClassLoader(new URL[] { URI.create("file:/").toURL() }); // forbidden
		System.out.println(loader.getResource("etc/passwd"));
	}
}
