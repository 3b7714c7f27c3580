import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;

public class Main {
	public static void main(String[] args) {
		for (int i = 0;; i++) {
			// A fresh loader each time makes every proxy a new class.
			ClassLoader loader = new URLClassLoader(new URL[0]); // forbidden
			Proxy.newProxyInstance(loader, new Class<?>[] { Runnable.class }, (proxy, method, arguments) -> null);
		}
	}
}
