public class Main {
	public static void main(String[] args) throws Exception {
		Class<?> runtime = Class.forName("java.lang.Runtime");
		Object instance = runtime.getMethod("getRuntime").invoke(null);
		System.out.println(instance);
	}
}
