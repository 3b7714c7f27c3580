package dev.looplab.hostile;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP and a UDP socket listening on the host's loopback, on the same port number: a
 * program in the sandbox has no business reaching either, so every connection and
 * datagram that arrives is evidence of an escape.
 */
final class HostListener implements AutoCloseable {

	private final ServerSocket tcp;

	private final DatagramSocket udp;

	private final List<String> arrivals = new CopyOnWriteArrayList<>();

	private HostListener(ServerSocket tcp, DatagramSocket udp) {
		this.tcp = tcp;
		this.udp = udp;
		Thread.ofPlatform().daemon().name("hostile-tcp-listener").start(this::acceptAll);
		Thread.ofPlatform().daemon().name("hostile-udp-listener").start(this::receiveAll);
	}

	static HostListener open() throws IOException {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		for (int attempt = 0;; attempt++) {
			ServerSocket tcp = new ServerSocket(0, 50, loopback);
			try {
				DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()));
				return new HostListener(tcp, udp);
			}
			catch (IOException ex) {
				// The UDP port of that number is taken; try another number.
				tcp.close();
				if (attempt == 20) {
					throw ex;
				}
			}
		}
	}

	int port() {
		return this.tcp.getLocalPort();
	}

	/** How many connections and datagrams have arrived so far. */
	int arrivals() {
		return this.arrivals.size();
	}

	List<String> arrivalsSince(int count) {
		return List.copyOf(this.arrivals.subList(count, this.arrivals.size()));
	}

	private void acceptAll() {
		while (!this.tcp.isClosed()) {
			try (Socket socket = this.tcp.accept()) {
				this.arrivals.add("TCP connection from " + socket.getRemoteSocketAddress());
			}
			catch (IOException ex) {
				// Closed at the end of the suite, or a connection that broke at once:
				// either way there is nothing more to learn from it.
			}
		}
	}

	private void receiveAll() {
		byte[] buffer = new byte[2048];
		while (!this.udp.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				this.udp.receive(packet);
				this.arrivals.add("UDP datagram from " + packet.getSocketAddress());
			}
			catch (IOException ex) {
				// Closed at the end of the suite.
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.tcp.close();
		this.udp.close();
	}

}
