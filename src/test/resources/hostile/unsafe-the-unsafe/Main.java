import java.lang.reflect.Field;

import sun.misc.Unsafe;

public class Main {
	public static void main(String[] args) throws Exception {
		Field field = Unsafe.class.getDeclaredField("theUnsafe"); // forbidden
		field.setAccessible(true);
		Unsafe unsafe = (Unsafe) field.get(null);
		unsafe.putAddress(0, 42);
	}
}
