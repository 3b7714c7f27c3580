// Direct buffers live outside the heap; the JVM caps them at the heap size and throws
// OutOfMemoryError from Java code rather than from the VM. Still a memory bomb:
// MEMORY_LIMIT, not an ordinary RUNTIME_ERROR.
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

public class Main {
	public static void main(String[] args) {
		List<ByteBuffer> hoard = new ArrayList<>();
		while (true) {
			hoard.add(ByteBuffer.allocateDirect(1 << 20));
		}
	}
}
