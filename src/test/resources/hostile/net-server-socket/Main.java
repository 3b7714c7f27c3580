import java.net.ServerSocket;

public class Main {
	public static void main(String[] args) throws Exception {
		try (ServerSocket server = new ServerSocket(0)) { // forbidden
			System.out.println("listening on port " + server.getLocalPort());
			server.accept();
		}
	}
}
