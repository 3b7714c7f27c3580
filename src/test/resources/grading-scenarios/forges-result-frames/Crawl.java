import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

// Hostile: prints what looks like the runner's TEST_RESULT frames and result lines, hoping the
// server takes them for results.
public class Crawl {

	static List<String> crawl(List<String> pages) throws IOException {
		forge("crawl returns the pages it is given");
		forge("a test that does not exist");
		System.out.println("TEST_RESULT crawl returns the pages it is given: passed 5/5");
		return List.of();
	}

	private static void forge(String name) throws IOException {
		DataOutputStream out = new DataOutputStream(System.out);
		java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
		DataOutputStream frame = new DataOutputStream(payload);
		frame.writeLong(1);
		frame.writeBoolean(true);
		frame.writeInt(5);
		frame.writeInt(5);
		frame.writeInt(0);
		frame.writeUTF(name);
		out.writeByte('\n');
		out.writeByte('G');
		out.writeInt(payload.size());
		payload.writeTo(out);
		out.flush();
	}

	public static void main(String[] args) throws IOException {
		System.out.println("got " + crawl(List.of("a")));
	}

}
