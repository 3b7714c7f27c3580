import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

public class Main {
	public static void main(String[] args) throws Exception {
		try (DatagramSocket socket = new DatagramSocket()) { // forbidden
			byte[] message = "a datagram from the sandbox".getBytes();
			socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), ${PORT}));
		}
		System.out.println("sent a datagram to the host");
	}
}
