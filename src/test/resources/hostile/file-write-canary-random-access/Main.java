import java.io.RandomAccessFile;

public class Main {
	public static void main(String[] args) throws Exception {
		try (RandomAccessFile file = new RandomAccessFile("${CANARY}", "rw")) { // forbidden
			file.seek(0);
			file.writeBytes("changed by a learner's program");
		}
		System.out.println("the canary was overwritten");
	}
}
