import java.io.OutputStream;
import java.net.Socket;

public class Main {
	public static void main(String[] args) throws Exception {
		Runnable leak = () -> {
			try (Socket socket = new Socket("127.0.0.1", 8080)) {
				OutputStream out = socket.getOutputStream();
				out.write("stolen".getBytes());
			}
			catch (Exception ex) {
				System.out.println("no connection");
			}
		};
		leak.run();
	}
}
