import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

public class Main {
	public static void main(String[] args) throws Exception {
		try (FileChannel channel = FileChannel.open(Path.of("${CANARY}"))) { // forbidden
			ByteBuffer buffer = ByteBuffer.allocate(4096);
			channel.read(buffer);
			System.out.println(new String(buffer.array(), 0, buffer.position()));
		}
	}
}
