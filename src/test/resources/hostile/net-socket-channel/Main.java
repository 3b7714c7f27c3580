import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

public class Main {
	public static void main(String[] args) throws Exception {
		try (SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", ${PORT}))) { // forbidden
			System.out.println("connected: " + channel.isConnected());
		}
	}
}
