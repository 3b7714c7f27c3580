import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;

public class Main {
	public static void main(String[] args) throws Exception {
		// Writes straight to the JVM's real stdout, the runner's protocol channel, a frame
		// that claims the program finished normally.
		DataOutputStream channel = new DataOutputStream(new FileOutputStream(FileDescriptor.out)); // forbidden
		byte[] ending = "RETURNED".getBytes();
		channel.writeByte('X');
		channel.writeInt(4 + 2 + ending.length);
		channel.writeInt(0);
		channel.writeUTF("RETURNED");
		channel.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
