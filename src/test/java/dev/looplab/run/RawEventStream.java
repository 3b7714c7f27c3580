package dev.looplab.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An event stream request on a plain socket, for tests that need what HTTP clients hide:
 * a tiny receive buffer, a chosen local address (so each test is a client of its own),
 * and reading late or never.
 */
final class RawEventStream implements AutoCloseable {

	private final Socket socket;

	private final InputStream in;

	private int status;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private RawEventStream(Socket socket) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
	}

	/**
	 * Sends {@code GET path} from {@code localAddress} (any 127.x.y.z) and reads nothing
	 * yet.
	 * @param receiveBuffer the socket's receive buffer in bytes, or 0 for the default
	 */
	static RawEventStream open(int port, String path, String localAddress, int receiveBuffer,
			Map<String, String> extraHeaders) throws IOException {
		Socket socket = new Socket();
		if (receiveBuffer > 0) {
			socket.setReceiveBufferSize(receiveBuffer);
		}
		socket.bind(new InetSocketAddress(localAddress, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
		socket.setSoTimeout(90_000);
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nAccept: text/event-stream\r\nConnection: close\r\n");
		extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return new RawEventStream(socket);
	}

	/** The status code, reading the response's head if not read yet. */
	int status() throws IOException {
		if (this.status == 0) {
			String[] statusLine = line().split(" ");
			this.status = Integer.parseInt(statusLine[1]);
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				this.headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).strip());
			}
		}
		return this.status;
	}

	/** A response header, by name in any case, or null. */
	String header(String name) throws IOException {
		status();
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

	/** The whole body, reading until the server closes the connection. */
	String body() throws IOException {
		status();
		if (!"chunked".equalsIgnoreCase(this.headers.get("transfer-encoding"))) {
			return new String(this.in.readAllBytes(), StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
			body.write(this.in.readNBytes(size));
			line();
		}
		return body.toString(StandardCharsets.UTF_8);
	}

	/** The body's events, in order. */
	List<Event> events() throws IOException {
		List<Event> events = new ArrayList<>();
		for (String block : body().split("\n\n")) {
			String id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line : block.split("\n")) {
				if (line.startsWith("id:")) {
					id = line.substring(3);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6);
				}
				else if (line.startsWith("data:")) {
					data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
				}
			}
			if (!data.isEmpty()) {
				events.add(new Event(id, name, data.toString()));
			}
		}
		return events;
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new IOException("The connection closed in the middle of a line");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	/** One event: its id (null when it has none), name and data. */
	record Event(String id, String name, String data) {
	}

}
