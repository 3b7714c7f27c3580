import java.net.Socket;

public class Main {
	public static void main(String[] args) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", ${PORT})) { // forbidden
			socket.getOutputStream().write("hello from the sandbox\n".getBytes());
		}
		System.out.println("connected to the host");
	}
}
