import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

public class Main {
	public static void main(String[] args) {
		MemorySegment everything = MemorySegment.NULL.reinterpret(Long.MAX_VALUE); // forbidden
		System.out.println(everything.get(ValueLayout.JAVA_BYTE, 0x1000));
	}
}
