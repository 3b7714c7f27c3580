public class Main {
	public static void main(String[] args) throws Exception {
		Class<?> runtime = Class.forName("java.lang." + "Runtime"); // forbidden
		Object instance = runtime.getMethod("getRuntime").invoke(null);
		runtime.getMethod("halt", int.class).invoke(instance, 0);
	}
}
