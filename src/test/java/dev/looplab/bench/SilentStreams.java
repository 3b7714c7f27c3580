package dev.looplab.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event streams opened the way a slow reader attacks: a raw socket with a 1 KiB receive
 * buffer, a request, the status line read, and then nothing read ever again. Counts how
 * the server answered each request and keeps the accepted sockets open until
 * {@link #close()}.
 */
final class SilentStreams implements AutoCloseable {

	private final int port;

	private final Duration hangAfter;

	private final List<Socket> open = new ArrayList<>();

	private final Map<String, Integer> answers = new TreeMap<>();

	SilentStreams(int port, Duration hangAfter) {
		this.port = port;
		this.hangAfter = hangAfter;
	}

	/**
	 * Requests the run's events and returns how the server answered: {@code 200} (the
	 * stream stays open, unread), another status, {@code hung} (no status line within the
	 * patience; the socket stays open too) or {@code connect failed}.
	 */
	String open(String runId, String authorization) {
		Socket socket = new Socket();
		String answer;
		try {
			socket.setReceiveBufferSize(1024);
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), (int) this.hangAfter.toMillis());
		}
		catch (IOException ex) {
			closeQuietly(socket);
			return count("connect failed");
		}
		try {
			String request = "GET /api/runs/" + runId + "/events HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nAccept: text/event-stream\r\n"
					+ ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "") + "\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			socket.setSoTimeout((int) this.hangAfter.toMillis());
			answer = statusOf(statusLine(socket.getInputStream()));
		}
		catch (SocketTimeoutException ex) {
			answer = "hung";
		}
		catch (IOException ex) {
			answer = "reset";
		}
		if (answer.equals("200") || answer.equals("hung")) {
			synchronized (this) {
				this.open.add(socket);
			}
		}
		else {
			closeQuietly(socket);
		}
		return count(answer);
	}

	private static String statusLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			line.write(b);
		}
		return line.toString(StandardCharsets.US_ASCII).strip();
	}

	private static String statusOf(String statusLine) {
		String[] parts = statusLine.split(" ");
		return (parts.length > 1 && parts[0].startsWith("HTTP/")) ? parts[1] : "closed without status";
	}

	private synchronized String count(String answer) {
		this.answers.merge(answer, 1, Integer::sum);
		return answer;
	}

	/** How often each answer came, by answer. */
	synchronized Map<String, Integer> answers() {
		return new TreeMap<>(this.answers);
	}

	synchronized int total() {
		return this.answers.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Override
	public synchronized void close() {
		this.open.forEach(SilentStreams::closeQuietly);
		this.open.clear();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Nothing to do: the attacker is leaving anyway.
		}
	}

}
